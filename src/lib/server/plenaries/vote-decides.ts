// What a vote decides (docs/domain.md, 'What a vote decides'): a yes/no/abstain vote names zero or more proposals of its
// agenda item (vote_proposals); closing it adopted or rejected moves exactly those, whatever else sits on the item.
//
// Rules, checked when a draft names its proposals and again when it opens:
// - only a yes/no/abstain vote decides proposals; each must belong to the vote's council and sit on its agenda item;
// - a proposal is decided by one open-or-closed vote at a time: naming it is refused while another vote naming it is
//   open, and once a vote adopted it (or it moved on: implementation, abandoned…);
// - a proposal rejected by an earlier vote may be put to a new vote only when the secretariat says so explicitly
//   (`revote`), which the link row keeps. A vote without a decision (tie, no quorum) leaves the proposal free.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { DomainError } from '../errors';
import { applyTransition } from '../proposals/lifecycle';
import { noticeProposal } from '../proposals/notices';
import { proposals } from '../proposals/tables';
import type { VoteRow } from './access';
import { agendaItemProposals, voteProposals, votes } from './tables';

export type VoteProposal = { id: number; title: string; state: string; revote: boolean };

/** States from which a vote may decide a proposal (rejected only with the secretariat's explicit `revote`). */
const DECIDABLE = ['accepted', 'scheduled'];

/** The proposals a vote decides, by number. */
export function proposalsOfVote(voteId: number, tx: Tx = db()): VoteProposal[] {
	return proposalsOfVotes([voteId], tx).get(voteId) ?? [];
}

/** The proposals each of these votes decides (votes without any are absent from the map). */
export function proposalsOfVotes(voteIds: number[], tx: Tx = db()): Map<number, VoteProposal[]> {
	const out = new Map<number, VoteProposal[]>();
	if (!voteIds.length) return out;
	const rows = tx
		.select({ voteId: voteProposals.voteId, id: proposals.id, title: proposals.title, state: proposals.state, revote: voteProposals.revote })
		.from(voteProposals)
		.innerJoin(proposals, eq(proposals.id, voteProposals.proposalId))
		.where(inArray(voteProposals.voteId, voteIds))
		.orderBy(asc(proposals.id))
		.all();
	for (const { voteId, ...p } of rows) out.set(voteId, [...(out.get(voteId) ?? []), p]);
	return out;
}

export type ItemProposal = { id: number; title: string; state: string };

/** The proposals on an agenda item, by number: what the vote form offers to decide. */
export function proposalsOnItem(agendaItemId: number, tx: Tx = db()): ItemProposal[] {
	return tx
		.select({ id: proposals.id, title: proposals.title, state: proposals.state })
		.from(agendaItemProposals)
		.innerJoin(proposals, eq(proposals.id, agendaItemProposals.proposalId))
		.where(eq(agendaItemProposals.agendaItemId, agendaItemId))
		.orderBy(asc(proposals.id))
		.all();
}

type Voting = Pick<VoteRow, 'id' | 'councilId' | 'method' | 'agendaItemId'>;

/** Throws unless the vote may decide these proposals now; `revote` lists the rejected ones put to a vote again. */
function checkNamed(tx: Tx, vote: Voting, ids: number[], revote: Set<number>): { id: number; state: string }[] {
	if (!ids.length) return [];
	if (vote.method !== 'yes_no_abstain') throw new DomainError('plenaries_error_proposals_yes_no', 'proposalIds');
	const rows = tx
		.select({ id: proposals.id, councilId: proposals.councilId, title: proposals.title, state: proposals.state, itemId: agendaItemProposals.agendaItemId })
		.from(proposals)
		.leftJoin(agendaItemProposals, eq(agendaItemProposals.proposalId, proposals.id))
		.where(inArray(proposals.id, ids))
		.all();
	const open = tx
		.select({ proposalId: voteProposals.proposalId, voteId: votes.id })
		.from(voteProposals)
		.innerJoin(votes, eq(votes.id, voteProposals.voteId))
		.where(and(inArray(voteProposals.proposalId, ids), eq(votes.state, 'open'), ne(votes.id, vote.id)))
		.all();
	return ids.map((id) => {
		const p = rows.find((r) => r.id === id);
		if (!p || p.councilId !== vote.councilId) throw new DomainError('plenaries_error_not_found', 'proposalIds');
		const params = { id: p.id, title: p.title };
		if (p.itemId !== vote.agendaItemId) throw new DomainError('plenaries_error_proposal_not_on_item', 'proposalIds', params);
		const other = open.find((o) => o.proposalId === id);
		if (other) throw new DomainError('plenaries_error_proposal_vote_open', 'proposalIds', { ...params, vote: other.voteId });
		if (p.state === 'rejected' && !revote.has(id)) throw new DomainError('plenaries_error_proposal_rejected', 'proposalIds', params);
		if (p.state !== 'rejected' && !DECIDABLE.includes(p.state)) throw new DomainError('plenaries_error_proposal_decided', 'proposalIds', params);
		return { id, state: p.state };
	});
}

/**
 * Replaces the proposals a draft vote decides (inside the caller's transaction). `revote`: the secretariat confirms
 * that proposals already rejected by an earlier vote are put to this one.
 */
export function setVoteProposals(tx: Tx, vote: Voting, ids: number[], revote = false): void {
	const wanted = [...new Set(ids)];
	const checked = checkNamed(tx, vote, wanted, revote ? new Set(wanted) : new Set());
	tx.delete(voteProposals).where(eq(voteProposals.voteId, vote.id)).run();
	for (const p of checked)
		tx.insert(voteProposals)
			.values({ voteId: vote.id, proposalId: p.id, revote: p.state === 'rejected' })
			.run();
}

/** Opening: the proposals a vote names must still be free to decide (another vote may have opened or closed meanwhile). */
export function checkVoteProposalsFree(tx: Tx, vote: Voting): void {
	const named = tx.select().from(voteProposals).where(eq(voteProposals.voteId, vote.id)).all();
	checkNamed(
		tx,
		vote,
		named.map((n) => n.proposalId),
		new Set(named.filter((n) => n.revote).map((n) => n.proposalId))
	);
}

export type Decided = { proposalIds: number[]; notified: number[] };

/**
 * Inside the closing transaction: an adopted or rejected yes/no/abstain vote adopts or rejects exactly the proposals
 * it names (timeline entry with the vote). Returns the proposals moved and the people to tell, for after the commit.
 */
export function decideNamedProposals(tx: Tx, vote: VoteRow, decision: string): Decided {
	if (vote.method !== 'yes_no_abstain' || (decision !== 'adopted' && decision !== 'rejected')) return { proposalIds: [], notified: [] };
	const named = tx
		.select({ proposal: proposals, revote: voteProposals.revote })
		.from(voteProposals)
		.innerJoin(proposals, eq(proposals.id, voteProposals.proposalId))
		.where(eq(voteProposals.voteId, vote.id))
		.orderBy(asc(proposals.id))
		.all();
	const moved: number[] = [];
	const notified: number[] = [];
	for (const { proposal, revote } of named) {
		if (!DECIDABLE.includes(proposal.state) && !(revote && proposal.state === 'rejected')) continue;
		const row = applyTransition(tx, proposal, decision === 'adopted' ? 'adopt' : 'reject', null, { voteId: vote.id });
		moved.push(row.id);
		notified.push(...noticeProposal(tx, { kind: 'proposal_state', proposal: row, actorId: null, to: 'followers', state: row.state }));
	}
	return { proposalIds: moved, notified };
}
