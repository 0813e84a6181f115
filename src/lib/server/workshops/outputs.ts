// Outputs: a retained contribution or cluster becomes a proposal draft, written through the proposals
// services (insertProposal), that keeps its provenance (workshop, meeting, contributions). The contributors
// are asked to co-sign; those who accept become co-authors of the proposal.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { can, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { insertProposal } from '../proposals/write';
import { proposalCoauthors, proposals } from '../proposals/tables';
import { workshopClusters, workshopCoauthorInvites, workshopContributions, workshopMeetings, workshopOutputContributions, workshopOutputs, workshops } from './tables';
import { loadWorkshop, requireRight } from './access';

export type OutputInput = {
	clusterId?: number | null;
	contributionId?: number | null;
	meetingId?: number | null;
	title: string;
	summary: string;
	body: string;
	themeIds: number[];
};

/** Turns a retained cluster or contribution into a proposal draft authored by the facilitator. */
export function createProposalFromOutput(actor: Actor, workshopId: number, input: OutputInput, at = new Date()) {
	const result = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		if (!can(actor, 'proposals.create', loaded.council)) throw new DomainError('workshops_error_proposal_author');
		let contributionIds: number[];
		if (input.clusterId) {
			const cluster = tx
				.select()
				.from(workshopClusters)
				.where(and(eq(workshopClusters.id, input.clusterId), eq(workshopClusters.workshopId, workshopId)))
				.get();
			if (!cluster) throw new DomainError('workshops_error_cluster_not_found');
			if (!cluster.retained) throw new DomainError('workshops_error_not_retained');
			contributionIds = tx
				.select({ id: workshopContributions.id })
				.from(workshopContributions)
				.where(eq(workshopContributions.clusterId, cluster.id))
				.all()
				.map((r) => r.id);
		} else if (input.contributionId) {
			const c = tx
				.select()
				.from(workshopContributions)
				.where(and(eq(workshopContributions.id, input.contributionId), eq(workshopContributions.workshopId, workshopId)))
				.get();
			if (!c) throw new DomainError('workshops_error_contribution_not_found');
			if (!c.retained) throw new DomainError('workshops_error_not_retained');
			contributionIds = [c.id];
		} else throw new DomainError('workshops_error_not_found');
		if (input.meetingId) {
			const m = tx
				.select({ id: workshopMeetings.id })
				.from(workshopMeetings)
				.where(and(eq(workshopMeetings.id, input.meetingId), eq(workshopMeetings.workshopId, workshopId)))
				.get();
			if (!m) throw new DomainError('workshops_error_meeting_not_found', 'meetingId');
		}
		if (!input.title.trim()) throw new DomainError('proposals_error_title_required', 'title');
		const authorId = actor.user!.id;
		const proposal = insertProposal(tx, {
			councilId: loaded.council.id,
			authorId,
			title: input.title,
			summary: input.summary,
			body: input.body,
			themeIds: input.themeIds,
			links: [],
			coauthorIds: [],
			createdAt: at
		});
		const output = tx
			.insert(workshopOutputs)
			.values({
				workshopId,
				proposalId: proposal.id,
				meetingId: input.meetingId ?? null,
				clusterId: input.clusterId ?? null,
				contributionId: input.contributionId ?? null,
				createdBy: authorId,
				createdAt: at
			})
			.returning()
			.get();
		for (const contributionId of contributionIds) tx.insert(workshopOutputContributions).values({ outputId: output.id, contributionId }).run();
		// Contributors who are active members may co-sign (co-authors must be members: proposals/write.ts).
		const contributors = contributionIds.length
			? [
					...new Set(
						tx
							.select({ id: workshopContributions.authorId })
							.from(workshopContributions)
							.where(inArray(workshopContributions.id, contributionIds))
							.all()
							.map((r) => r.id)
					)
				]
			: [];
		const eligible = contributors.length
			? tx
					.select({ userId: memberships.userId, roles: memberships.roles })
					.from(memberships)
					.where(and(eq(memberships.councilId, loaded.council.id), eq(memberships.status, 'active'), inArray(memberships.userId, contributors)))
					.all()
					.filter((r) => r.roles.includes('member') && r.userId !== authorId)
			: [];
		for (const e of eligible) tx.insert(workshopCoauthorInvites).values({ outputId: output.id, userId: e.userId }).run();
		recordAudit(tx, { councilId: loaded.council.id, actorId: authorId, action: 'proposal.create', entityType: 'proposal', entityId: proposal.id, details: { title: proposal.title, workshopId } });
		return { proposal, output, councilId: loaded.council.id, invited: eligible.map((e) => e.userId) };
	});
	publish({ type: 'workshop.changed', councilId: result.councilId, workshopId, what: 'outputs' });
	return { proposalId: result.proposal.id, outputId: result.output.id, invited: result.invited };
}

/**
 * A contributor answers the invitation to co-sign; accepting adds them to the proposal's co-authors.
 * With `workshopId` (the workshop of the page the answer was sent from), an invitation of another workshop is not found.
 */
export function answerCoauthorInvite(actor: Actor, outputId: number, accept: boolean, at = new Date(), workshopId?: number) {
	const userId = actor.user?.id;
	if (!userId) throw new DomainError('workshops_error_forbidden');
	const r = db().transaction((tx) => {
		const invite = tx
			.select({ status: workshopCoauthorInvites.status, proposalId: workshopOutputs.proposalId, workshopId: workshopOutputs.workshopId, councilId: workshops.councilId })
			.from(workshopCoauthorInvites)
			.innerJoin(workshopOutputs, eq(workshopOutputs.id, workshopCoauthorInvites.outputId))
			.innerJoin(workshops, eq(workshops.id, workshopOutputs.workshopId))
			.where(and(eq(workshopCoauthorInvites.outputId, outputId), eq(workshopCoauthorInvites.userId, userId)))
			.get();
		if (!invite || (workshopId !== undefined && invite.workshopId !== workshopId)) throw new DomainError('workshops_error_not_found');
		if (invite.status !== 'pending') throw new DomainError('workshops_error_invite_answered');
		tx.update(workshopCoauthorInvites)
			.set({ status: accept ? 'accepted' : 'declined', answeredAt: at })
			.where(and(eq(workshopCoauthorInvites.outputId, outputId), eq(workshopCoauthorInvites.userId, userId)))
			.run();
		if (accept) tx.insert(proposalCoauthors).values({ proposalId: invite.proposalId, userId }).onConflictDoNothing().run();
		recordAudit(tx, { councilId: invite.councilId, actorId: userId, action: accept ? 'workshop.coauthor_accept' : 'workshop.coauthor_decline', entityType: 'proposal', entityId: invite.proposalId });
		return invite;
	});
	publish({ type: 'workshop.changed', councilId: r.councilId, workshopId: r.workshopId, what: 'outputs' });
	if (accept) publish({ type: 'proposal.changed', councilId: r.councilId, proposalId: r.proposalId, what: 'content' });
}

/** Proposals born in a workshop, with their co-signature invitations. Drafts are listed to their authors only. */
export function outputsOf(workshopId: number, viewerId: number | null) {
	const rows = db()
		.select({
			outputId: workshopOutputs.id,
			proposalId: proposals.id,
			title: proposals.title,
			state: proposals.state,
			authorId: proposals.authorId,
			clusterName: workshopClusters.name,
			meetingTitle: workshopMeetings.title,
			createdAt: workshopOutputs.createdAt
		})
		.from(workshopOutputs)
		.innerJoin(proposals, eq(proposals.id, workshopOutputs.proposalId))
		.leftJoin(workshopClusters, eq(workshopClusters.id, workshopOutputs.clusterId))
		.leftJoin(workshopMeetings, eq(workshopMeetings.id, workshopOutputs.meetingId))
		.where(eq(workshopOutputs.workshopId, workshopId))
		.orderBy(asc(workshopOutputs.createdAt))
		.all();
	const ids = rows.map((r) => r.outputId);
	const invites = ids.length
		? db()
				.select({ outputId: workshopCoauthorInvites.outputId, userId: workshopCoauthorInvites.userId, name: users.name, status: workshopCoauthorInvites.status })
				.from(workshopCoauthorInvites)
				.innerJoin(users, eq(users.id, workshopCoauthorInvites.userId))
				.where(inArray(workshopCoauthorInvites.outputId, ids))
				.orderBy(asc(users.name))
				.all()
		: [];
	return rows.map((r) => {
		const mine = invites.filter((i) => i.outputId === r.outputId);
		const isCoauthor = mine.some((i) => i.userId === viewerId && i.status === 'accepted');
		return { ...r, invites: mine, visible: r.state !== 'draft' || r.authorId === viewerId || isCoauthor, myInvite: mine.find((i) => i.userId === viewerId) ?? null };
	});
}

/** The provenance of a proposal born in a workshop (for the proposal page and the workshop pages). */
export function provenanceOfProposal(proposalId: number) {
	const out = db()
		.select({
			outputId: workshopOutputs.id,
			workshopId: workshops.id,
			workshopTitle: workshops.title,
			councilId: workshops.councilId,
			meetingTitle: workshopMeetings.title,
			meetingStartsAt: workshopMeetings.startsAt,
			clusterName: workshopClusters.name
		})
		.from(workshopOutputs)
		.innerJoin(workshops, eq(workshops.id, workshopOutputs.workshopId))
		.leftJoin(workshopMeetings, eq(workshopMeetings.id, workshopOutputs.meetingId))
		.leftJoin(workshopClusters, eq(workshopClusters.id, workshopOutputs.clusterId))
		.where(eq(workshopOutputs.proposalId, proposalId))
		.get();
	if (!out) return null;
	const contributions = db()
		.select({ id: workshopContributions.id, kind: workshopContributions.kind, body: workshopContributions.body, authorName: users.name })
		.from(workshopOutputContributions)
		.innerJoin(workshopContributions, eq(workshopContributions.id, workshopOutputContributions.contributionId))
		.innerJoin(users, eq(users.id, workshopContributions.authorId))
		.where(eq(workshopOutputContributions.outputId, out.outputId))
		.orderBy(asc(workshopContributions.id))
		.all();
	return { ...out, contributions };
}
