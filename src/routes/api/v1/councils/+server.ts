// GET /api/v1/councils: the councils the caller may see (public ones, their own, all of them for an admin).
import type { RequestHandler } from './$types';
import { listVisibleCouncils } from '$lib/server/councils/councils';
import { apiJson } from '$lib/server/http/api';
import { councilSummaryJson } from './common';

export const GET: RequestHandler = ({ locals }) => {
	const user = locals.user ? { id: locals.user.id, isAdmin: locals.user.isAdmin } : null;
	return apiJson({ councils: listVisibleCouncils(user).map(councilSummaryJson) });
};
