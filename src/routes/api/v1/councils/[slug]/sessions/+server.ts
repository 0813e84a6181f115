// GET /api/v1/councils/:slug/sessions: the council's plenaries, most recent first (plenaries still being
// planned only for the secretariat).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listPlenaries } from '$lib/server/plenaries/plenaries';
import { councilOrError } from '../../common';
import { plenaryJson } from './shared';
import { plenaryVisibleTo } from '$lib/server/plenaries/visibility';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plenaries.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	return apiJson({
		sessions: listPlenaries(council.id)
			.filter((s) => plenaryVisibleTo(actor, council, s))
			.map((s) => plenaryJson(council, s))
	});
};
