// GET /api/v1/councils/:slug/proposals/:id: one proposal with its answer, timeline, versions and amendments.
// Drafts answer 404 except to their authors.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiError, apiJson } from '$lib/server/http/api';
import { canReadProposal, getProposalInCouncil } from '$lib/server/proposals/access';
import { coauthorsOf, proposalThemesOf, timelineOf } from '$lib/server/proposals/read';
import { listAmendments, listVersions } from '$lib/server/proposals/amendments';
import { getUserById } from '$lib/server/auth/users';
import { councilOrError } from '../../../common';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'proposals.read');
	if (!access.ok) return access.response;
	const { council, actor } = access;
	const id = Number(params.id);
	const proposal = Number.isSafeInteger(id) && id > 0 ? getProposalInCouncil(council.id, id) : undefined;
	if (!proposal || !canReadProposal(actor, council, proposal)) return apiError(404, 'not_found', m.proposals_error_not_found());
	const tags = proposalThemesOf(proposal.id);
	return apiJson({
		proposal: {
			id: proposal.id,
			title: proposal.title,
			summary: proposal.summary,
			body: proposal.body,
			links: proposal.links,
			state: proposal.state,
			version: proposal.version,
			supports: proposal.supportsCount,
			comments: proposal.commentsCount,
			progress: proposal.progress,
			answer: proposal.answer,
			answeredAt: iso(proposal.answeredAt),
			mergedInto: proposal.mergedIntoId,
			voteId: proposal.voteId,
			submittedAt: iso(proposal.submittedAt),
			createdAt: iso(proposal.createdAt),
			updatedAt: iso(proposal.updatedAt),
			author: { id: proposal.authorId, name: getUserById(proposal.authorId)?.name ?? null },
			coauthors: coauthorsOf(proposal.id),
			themes: tags.filter((t) => t.kind === 'theme').map(({ id, name }) => ({ id, name })),
			levers: tags.filter((t) => t.kind === 'lever').map(({ id, name }) => ({ id, name })),
			timeline: timelineOf(proposal.id).map((e) => ({
				kind: e.kind,
				transition: e.transition,
				from: e.fromState,
				to: e.toState,
				by: e.actorName,
				note: e.note,
				answer: e.answer,
				progress: e.progress,
				voteId: e.voteId,
				mergedInto: e.mergedIntoId,
				version: e.version,
				at: iso(e.createdAt)
			})),
			versions: listVersions(proposal.id).map((v) => ({ version: v.version, at: iso(v.createdAt), by: v.authorName, amendmentId: v.amendmentId })),
			amendments: listAmendments(proposal.id).map((a) => ({
				id: a.id,
				status: a.status,
				by: a.authorName,
				reason: a.reason,
				baseVersion: a.baseVersion,
				resultingVersion: a.resultingVersion,
				createdAt: iso(a.createdAt),
				decidedAt: iso(a.decidedAt)
			})),
			page: `/c/${council.slug}/proposals/${proposal.id}`
		}
	});
};
