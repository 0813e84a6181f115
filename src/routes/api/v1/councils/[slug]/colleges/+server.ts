// GET /api/v1/councils/:slug/colleges: the council's colleges in order, with weights and member counts.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listColleges } from '$lib/server/councils/colleges';
import { collegeJson, councilOrError } from '../../common';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'council.read');
	if (!access.ok) return access.response;
	return apiJson({ colleges: listColleges(access.council.id).map(collegeJson) });
};
