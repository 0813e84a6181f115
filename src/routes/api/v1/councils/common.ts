// Shared by the council endpoints: access answers as JSON errors, and the public shape of councils and colleges.
import { m } from '$lib/paraglide/messages';
import { apiError, councilForApi } from '$lib/server/http/api';
import type { Action } from '$lib/server/auth/permissions';
import type { CouncilRow } from '$lib/server/councils/councils';
import type { CollegeRow } from '$lib/server/councils/colleges';

/** The council for this caller, or the JSON error response to return. */
export function councilOrError(locals: App.Locals, slug: string, action: Action) {
	const result = councilForApi(locals, slug, action);
	if (result.ok) return result;
	const response =
		result.status === 404
			? apiError(404, 'not_found', m.councils_api_not_found())
			: result.status === 401
				? apiError(401, 'unauthenticated', m.councils_api_unauthenticated())
				: apiError(403, 'forbidden', m.councils_api_forbidden());
	return { ok: false as const, response };
}

export function councilSummaryJson(c: Pick<CouncilRow, 'id' | 'slug' | 'name' | 'territory' | 'isPublic' | 'isDemo'>) {
	return {
		id: c.id,
		slug: c.slug,
		name: c.name,
		territory: c.territory,
		isPublic: c.isPublic,
		isDemo: c.isDemo,
		links: { page: `/c/${c.slug}`, self: `/api/v1/councils/${c.slug}` }
	};
}

export function councilJson(c: CouncilRow) {
	return {
		...councilSummaryJson(c),
		description: c.description,
		createdAt: c.createdAt.toISOString(),
		voting: {
			weighting: c.weighting,
			majority: c.majority,
			majorityBase: c.majorityBase,
			quorum: { kind: c.quorumKind, value: c.quorumValue },
			proxyLimit: c.proxyLimit,
			secretMinGroup: c.secretMinGroup,
			supportThreshold: c.supportThreshold
		}
	};
}

export function collegeJson(c: CollegeRow) {
	return { id: c.id, name: c.name, description: c.description, weight: c.weight, position: c.position, memberCount: c.members };
}
