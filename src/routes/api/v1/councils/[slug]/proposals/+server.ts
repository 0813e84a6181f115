// GET /api/v1/councils/:slug/proposals?q=&state=&theme=&lever=&college=&author=&answered=&sort=&page=&pageSize=
// Published proposals (never drafts), with the same search, filters and sorts as the list page.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiJson, parseQuery } from '$lib/server/http/api';
import { listProposals } from '$lib/server/proposals/list';
import { apiListQuerySchema } from '$lib/schemas/proposals';
import { councilOrError } from '../../common';

export const GET: RequestHandler = ({ locals, params, url }) => {
	const access = councilOrError(locals, params.slug, 'proposals.read');
	if (!access.ok) return access.response;
	const query = parseQuery(url, apiListQuerySchema, m.councils_api_invalid_query());
	if (!query.ok) return query.response;
	const { council } = access;
	const q = query.data;
	const result = listProposals({
		councilId: council.id,
		q: q.q,
		state: q.state,
		themeId: q.theme,
		leverId: q.lever,
		collegeId: q.college,
		authorId: q.author,
		answered: q.answered,
		sort: q.sort ?? 'newest',
		page: q.page,
		pageSize: q.pageSize
	});
	return apiJson({
		page: result.page,
		pages: result.pages,
		pageSize: result.pageSize,
		total: result.total,
		sort: result.sort,
		proposals: result.rows.map((p) => ({
			id: p.id,
			title: p.title,
			summary: p.summary,
			state: p.state,
			supports: p.supportsCount,
			comments: p.commentsCount,
			progress: p.progress,
			answered: p.answeredAt !== null,
			answeredAt: p.answeredAt?.toISOString() ?? null,
			submittedAt: p.submittedAt?.toISOString() ?? null,
			updatedAt: p.updatedAt.toISOString(),
			author: { id: p.authorId, name: p.authorName, organisation: p.organisationName, college: p.collegeName },
			themes: p.themes.filter((t) => t.kind === 'theme').map(({ id, name }) => ({ id, name })),
			levers: p.themes.filter((t) => t.kind === 'lever').map(({ id, name }) => ({ id, name })),
			links: { page: `/c/${council.slug}/proposals/${p.id}`, self: `/api/v1/councils/${council.slug}/proposals/${p.id}` }
		}))
	});
};
