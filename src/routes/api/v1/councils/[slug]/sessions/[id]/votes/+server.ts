// GET /api/v1/councils/:slug/sessions/:id/votes: the plenary's votes in agenda order, with their frozen result
// once published (aggregates only: never a secret ballot).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listVotes } from '$lib/server/plenaries/votes';
import { votesVisibleTo } from '$lib/server/plenaries/visibility';
import { councilOrError } from '../../../../common';
import { plenaryOrError, voteJson } from '../../shared';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plenaries.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	const found = plenaryOrError(actor, council, params.id);
	if (!found.ok) return found.response;
	return apiJson({ votes: votesVisibleTo(actor, council, listVotes(found.plenary.id)).map((v) => voteJson(council, v)) });
};
