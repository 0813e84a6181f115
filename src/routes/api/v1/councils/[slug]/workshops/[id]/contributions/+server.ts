// GET /api/v1/councils/:slug/workshops/:id/contributions: the board, one row per contribution (votes, comments, cluster).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { contributionRows } from '$lib/server/workshops/export';
import { workshopForApi } from '../shared';

export const GET: RequestHandler = ({ locals, params }) => {
	const found = workshopForApi(locals, params.slug, params.id);
	if (!found.ok) return found.response;
	const items = contributionRows(found.workshop.id);
	return apiJson({ items, total: items.length });
};
