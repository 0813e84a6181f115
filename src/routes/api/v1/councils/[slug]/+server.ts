// GET /api/v1/councils/:slug: the council, its voting defaults, colleges and active themes and levers.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listColleges } from '$lib/server/councils/colleges';
import { councilOverview } from '$lib/server/councils/overview';
import { collegeJson, councilJson, councilOrError } from '../common';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'council.read');
	if (!access.ok) return access.response;
	const { council } = access;
	const overview = councilOverview(council.id);
	const tag = (t: { id: number; name: string }) => ({ id: t.id, name: t.name });
	return apiJson({
		council: {
			...councilJson(council),
			memberCount: overview.memberCount,
			colleges: listColleges(council.id).map(collegeJson),
			themes: overview.themes.filter((t) => t.kind === 'theme').map(tag),
			levers: overview.themes.filter((t) => t.kind === 'lever').map(tag)
		}
	});
};
