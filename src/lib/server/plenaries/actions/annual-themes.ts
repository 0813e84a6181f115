// The secretariat sets a year's annual themes by hand (the council's active themes, by id).
import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { annualThemesSchema } from '$lib/schemas/minutes';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { themes } from '../../councils/tables';
import { DomainError } from '../../errors';
import { setAnnualThemes as set } from '../annual-themes';

const isId = (n: number) => Number.isSafeInteger(n) && n > 0;

export const setAnnualThemes = defineAction({
	name: 'plenaries.setAnnualThemes',
	// blank picks are dropped; the others must be ids (the service checks they are active themes of the council)
	input: annualThemesSchema.extend({
		themeIds: annualThemesSchema.shape.themeIds.transform((v) => v.filter((x) => x !== '').map(Number)).refine((ids) => ids.every(isId), { error: () => m.minutes_error_theme_unknown() })
	}),
	permission: 'plenaries.manage',
	// every theme named must be one of the council's (the service then checks they are active themes)
	scope: ({ tx, council }, input) => {
		const c = requireCouncilOf(council);
		const ids = input.themeIds;
		const found = ids.length
			? tx
					.select({ id: themes.id })
					.from(themes)
					.where(and(eq(themes.councilId, c.id), inArray(themes.id, ids)))
					.all()
			: [];
		if (new Set(found.map((t) => t.id)).size !== new Set(ids).size) throw new DomainError('plenaries_error_not_found', 'themeIds');
		return c;
	},
	run: ({ actor, scope }, input) => set(actor.user!, scope.id, input.year, input.themeIds)
});
