// Proposals linked to agenda items. Linking an accepted proposal schedules it (proposal transition 'schedule'),
// unlinking sends it back to 'accepted' ('unschedule', with a reason); both in ONE transaction with the link row,
// the proposal timeline and the audit log. Which of an item's proposals a vote decides is up to the vote
// (vote-decides.ts): being on the item does not make a proposal decided by every vote held on it.
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { applyTransition } from '../proposals/lifecycle';
import { noticeProposal, announce } from '../proposals/notices';
import { proposals } from '../proposals/tables';
import { editableAgendaItem, type PlenaryUser } from './access';
import { agendaItemProposals, agendaItems } from './tables';

export type LinkedProposal = { agendaItemId: number; proposalId: number; title: string; state: string };

/** Schedules an accepted proposal of the same council on an agenda item. */
export function linkProposal(user: PlenaryUser, input: { itemId: number; proposalId: number }): void {
	const { councilId, notified } = db().transaction((tx) => {
		const { item, plenary } = editableAgendaItem(tx, user, input.itemId);
		const proposal = tx.select().from(proposals).where(eq(proposals.id, input.proposalId)).get();
		if (!proposal || proposal.councilId !== plenary.councilId) throw new DomainError('plenaries_error_not_found', 'proposalId');
		if (proposal.state !== 'accepted') throw new DomainError('plenaries_error_proposal_not_accepted', 'proposalId');
		tx.insert(agendaItemProposals).values({ agendaItemId: item.id, proposalId: proposal.id, createdBy: user.id }).run();
		const row = applyTransition(tx, proposal, 'schedule', user.id, {});
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.link_proposal', entityType: 'agenda_item', entityId: item.id, details: { proposalId: proposal.id } });
		const notified = noticeProposal(tx, { kind: 'proposal_state', proposal: row, actorId: user.id, to: 'followers', state: row.state });
		return { councilId: plenary.councilId, plenaryId: plenary.id, notified };
	});
	publish({ type: 'proposal.changed', councilId, proposalId: input.proposalId, what: 'state' });
	announce(notified);
	itemChanged(input.itemId, councilId);
}

/** Takes a proposal off an agenda item; a proposal still scheduled goes back to 'accepted'. */
export function unlinkProposal(user: PlenaryUser, input: { itemId: number; proposalId: number; reason: string }): void {
	const { councilId, notified } = db().transaction((tx) => {
		const { item, plenary } = editableAgendaItem(tx, user, input.itemId);
		const link = tx
			.select()
			.from(agendaItemProposals)
			.where(and(eq(agendaItemProposals.agendaItemId, item.id), eq(agendaItemProposals.proposalId, input.proposalId)))
			.get();
		if (!link) throw new DomainError('plenaries_error_not_found', 'proposalId');
		tx.delete(agendaItemProposals).where(eq(agendaItemProposals.id, link.id)).run();
		const proposal = tx.select().from(proposals).where(eq(proposals.id, input.proposalId)).get()!;
		let notified: number[] = [];
		if (proposal.state === 'scheduled') {
			if (!input.reason.trim()) throw new DomainError('proposals_error_reason_required', 'reason');
			const row = applyTransition(tx, proposal, 'unschedule', user.id, { reason: input.reason });
			notified = noticeProposal(tx, { kind: 'proposal_state', proposal: row, actorId: user.id, to: 'followers', state: row.state });
		}
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.unlink_proposal', entityType: 'agenda_item', entityId: item.id, details: { proposalId: proposal.id } });
		return { councilId: plenary.councilId, notified };
	});
	publish({ type: 'proposal.changed', councilId, proposalId: input.proposalId, what: 'state' });
	announce(notified);
	itemChanged(input.itemId, councilId);
}

function itemChanged(itemId: number, councilId: number): void {
	const item = db().select({ plenaryId: agendaItems.plenaryId }).from(agendaItems).where(eq(agendaItems.id, itemId)).get();
	if (item) publish({ type: 'plenary.changed', councilId, plenaryId: item.plenaryId, what: 'agenda' });
}

/** The proposals linked to the items of a plenary, in link order. */
export function linkedProposals(plenaryId: number): LinkedProposal[] {
	return db()
		.select({ agendaItemId: agendaItemProposals.agendaItemId, proposalId: proposals.id, title: proposals.title, state: proposals.state })
		.from(agendaItemProposals)
		.innerJoin(agendaItems, eq(agendaItems.id, agendaItemProposals.agendaItemId))
		.innerJoin(proposals, eq(proposals.id, agendaItemProposals.proposalId))
		.where(eq(agendaItems.plenaryId, plenaryId))
		.orderBy(asc(agendaItemProposals.id))
		.all();
}

/** Accepted proposals of a council that could be scheduled (not on any agenda item yet). */
export function schedulableProposals(councilId: number): { id: number; title: string }[] {
	return db()
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.leftJoin(agendaItemProposals, eq(agendaItemProposals.proposalId, proposals.id))
		.where(and(eq(proposals.councilId, councilId), eq(proposals.state, 'accepted')))
		.orderBy(asc(proposals.title))
		.all()
		.filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
}

/** After commit: proposal pages refresh and notified people hear of it. */
export function announceOutcome(councilId: number, outcome: { proposalIds: number[]; notified: number[] }): void {
	for (const proposalId of outcome.proposalIds) publish({ type: 'proposal.changed', councilId, proposalId, what: 'state' });
	announce([...new Set(outcome.notified)]);
}
