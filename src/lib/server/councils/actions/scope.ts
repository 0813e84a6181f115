// What the council settings actions load within the council of the request before they run.
import { and, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { found, requireCouncilOf } from '../../actions/scope';
import { colleges, themes } from '../tables';

/** The college named by the input, in the council of the request. */
export function collegeScope({ tx, council }: ScopeContext, input: { id: number }) {
	const c = requireCouncilOf(council);
	return found(
		tx
			.select()
			.from(colleges)
			.where(and(eq(colleges.id, input.id), eq(colleges.councilId, c.id)))
			.get(),
		'councils_error_college_not_found'
	);
}

/** Every college the weights form names, in the council of the request. */
export function collegesScope(ctx: ScopeContext, input: { id: number }[]) {
	return input.map((w) => collegeScope(ctx, w));
}

/** The theme or lever named by the input, in the council of the request. */
export function themeScope({ tx, council }: ScopeContext, input: { id: number }) {
	const c = requireCouncilOf(council);
	return found(
		tx
			.select()
			.from(themes)
			.where(and(eq(themes.id, input.id), eq(themes.councilId, c.id)))
			.get(),
		'councils_error_theme_not_found'
	);
}
