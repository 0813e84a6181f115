// GET /api/v1/councils/:slug/sessions/:id: one plenary with its agenda (and the proposals linked to it), the
// attendance summary (by college, quorum), its votes (results once published) and, once published, the
// minutes' text sections.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { attendanceSummary } from '$lib/server/plenaries/attendance';
import { linkedProposals } from '$lib/server/plenaries/agenda-links';
import { listVotes } from '$lib/server/plenaries/votes';
import { votesVisibleTo } from '$lib/server/plenaries/visibility';
import { councilOrError } from '../../../common';
import { plenaryJson, plenaryOrError, voteJson } from '../shared';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plenaries.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	const found = plenaryOrError(actor, council, params.id);
	if (!found.ok) return found.response;
	const { plenary, agenda } = found;
	const links = linkedProposals(plenary.id);
	const votes = votesVisibleTo(actor, council, listVotes(plenary.id));
	return apiJson({
		session: {
			...plenaryJson(council, plenary),
			currentItemId: plenary.currentItemId,
			agenda: agenda.map((i) => ({
				id: i.id,
				position: i.position,
				kind: i.kind,
				title: i.title,
				description: i.description,
				durationMinutes: i.durationMinutes,
				presenter: i.presenter,
				proposals: links
					.filter((l) => l.agendaItemId === i.id)
					.map((l) => ({ id: l.proposalId, title: l.title, state: l.state, links: { self: `/api/v1/councils/${council.slug}/proposals/${l.proposalId}` } })),
				votes: votes.filter((v) => v.agendaItemId === i.id).map((v) => v.id)
			})),
			attendance: attendanceSummary(plenary.id),
			votes: votes.map((v) => voteJson(council, v)),
			minutes: plenary.state === 'minutes_published' ? plenary.minutes : null
		}
	});
};
