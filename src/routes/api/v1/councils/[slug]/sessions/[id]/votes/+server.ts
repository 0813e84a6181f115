// GET /api/v1/councils/:slug/sessions/:id/votes: the session's votes in agenda order, with their frozen result
// once published (aggregates only: never a secret ballot).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listVotes } from '$lib/server/sessions/votes';
import { votesVisibleTo } from '$lib/server/sessions/visibility';
import { councilOrError } from '../../../../common';
import { sessionOrError, voteJson } from '../../shared';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'sessions.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	const found = sessionOrError(actor, council, params.id);
	if (!found.ok) return found.response;
	return apiJson({ votes: votesVisibleTo(actor, council, listVotes(found.session.id)).map((v) => voteJson(council, v)) });
};
