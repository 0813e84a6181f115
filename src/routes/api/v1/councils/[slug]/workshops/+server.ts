// GET /api/v1/councils/:slug/workshops?theme=&year=: the council's workshops (read-only).
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiJson, parseQuery } from '$lib/server/http/api';
import { listWorkshops } from '$lib/server/workshops/workshops';
import { apiListQuerySchema } from '$lib/schemas/workshops';
import { councilOrError } from '../../common';

export const GET: RequestHandler = ({ locals, params, url }) => {
	const access = councilOrError(locals, params.slug, 'workshops.read');
	if (!access.ok) return access.response;
	const query = parseQuery(url, apiListQuerySchema, m.councils_api_invalid_query());
	if (!query.ok) return query.response;
	const { council } = access;
	const items = listWorkshops(council.id, { themeId: query.data.theme, year: query.data.year }).map((w) => ({
		id: w.id,
		title: w.title,
		year: w.year,
		status: w.status,
		theme: w.themeId ? { id: w.themeId, name: w.themeName } : null,
		people: w.participants,
		nextMeetingAt: w.nextMeetingAt?.toISOString() ?? null,
		links: { page: `/c/${council.slug}/workshops/${w.id}`, self: `/api/v1/councils/${council.slug}/workshops/${w.id}` }
	}));
	return apiJson({ items, total: items.length });
};
