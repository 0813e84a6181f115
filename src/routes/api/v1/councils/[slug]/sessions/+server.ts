// GET /api/v1/councils/:slug/sessions: the council's plenary sessions, most recent first (sessions still being
// planned only for the secretariat).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listSessions } from '$lib/server/sessions/plenaries';
import { councilOrError } from '../../common';
import { sessionJson } from './shared';
import { sessionVisibleTo } from '$lib/server/sessions/visibility';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'sessions.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	return apiJson({
		sessions: listSessions(council.id)
			.filter((s) => sessionVisibleTo(actor, council, s))
			.map((s) => sessionJson(council, s))
	});
};
