// Moving a proposal through its lifecycle (states.ts), official answers and implementation updates.
// Every change is recorded in proposal_events (the timeline) and the audit log, in the same transaction.
import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { proposalEvents, proposals } from './tables';
import { getProposal, loadReadable, requireAction, requireAuthor, type ProposalRow } from './access';
import { noticeProposal, announce } from './notices';
import { ANSWERABLE_STATES, TRANSITIONS, UPDATABLE_STATES, type TransitionName, type TransitionRule } from './states';

export type TransitionInput = { answer?: string; reason?: string; targetId?: number | null };

const nowSql = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

function clean(value: string | undefined | null): string {
	return (value ?? '').trim();
}

/** Checks the rule's requirements that depend only on the proposal and the input. */
function checkRequirements(tx: Tx, proposal: ProposalRow, name: TransitionName, input: TransitionInput, threshold: number): void {
	const r: TransitionRule = TRANSITIONS[name];
	if (!(r.from as readonly string[]).includes(proposal.state)) throw new DomainError('proposals_error_transition', 'form', { transition: name, state: proposal.state });
	if (r.answer === 'required' && !clean(input.answer)) throw new DomainError('proposals_error_answer_required', 'answer');
	if (r.reason && !clean(input.reason)) throw new DomainError('proposals_error_reason_required', 'reason');
	if (r.threshold && proposal.supportsCount < threshold) throw new DomainError('proposals_error_threshold', 'form', { count: proposal.supportsCount, threshold });
	if (r.target) {
		const target = input.targetId ? getProposal(input.targetId, tx) : undefined;
		if (!target || target.id === proposal.id || target.councilId !== proposal.councilId || ['draft', 'merged', 'declined'].includes(target.state))
			throw new DomainError('proposals_error_merge_target', 'targetId');
	}
}

/**
 * Applies a transition inside the caller's transaction, once the actor has been checked. `actorId` is null
 * when the platform makes it (a vote result). Returns the updated row.
 */
export function applyTransition(
	tx: Tx,
	proposal: ProposalRow,
	name: TransitionName,
	actorId: number | null,
	input: TransitionInput & { voteId?: number | null; at?: Date; threshold?: number }
): ProposalRow {
	checkRequirements(tx, proposal, name, input, input.threshold ?? 0);
	const r: TransitionRule = TRANSITIONS[name];
	const answer = clean(input.answer) || null;
	const at = input.at ?? null;
	const changes: Partial<typeof proposals.$inferInsert> = { state: r.to };
	if (name === 'submit') changes.submittedAt = at ?? new Date();
	if (r.target) changes.mergedIntoId = input.targetId!;
	if (r.by === 'vote') changes.voteId = input.voteId ?? null;
	if (name === 'start_implementation') changes.progress = 0;
	if (name === 'complete') changes.progress = 100;
	if (answer) Object.assign(changes, { answer, answeredAt: at ?? new Date() });
	const row = tx
		.update(proposals)
		.set({ ...changes, updatedAt: at ?? nowSql })
		.where(eq(proposals.id, proposal.id))
		.returning()
		.get();
	tx.insert(proposalEvents)
		.values({
			proposalId: proposal.id,
			actorId,
			kind: 'transition',
			transition: name,
			fromState: proposal.state,
			toState: r.to,
			note: clean(input.reason) || null,
			answer,
			voteId: r.by === 'vote' ? (input.voteId ?? null) : null,
			mergedIntoId: r.target ? input.targetId! : null,
			progress: changes.progress ?? null,
			...(at ? { createdAt: at } : {})
		})
		.run();
	recordAudit(tx, {
		councilId: proposal.councilId,
		actorId,
		action: `proposal.${name}`,
		entityType: 'proposal',
		entityId: proposal.id,
		details: { from: proposal.state, to: r.to, ...(input.voteId ? { voteId: input.voteId } : {}), ...(input.targetId ? { mergedInto: input.targetId } : {}) }
	});
	return row;
}

/** A person makes a transition (author or manager, per states.ts). Votes go through applyVoteOutcome. */
export function transitionProposal(actor: Actor, proposalId: number, name: TransitionName, input: TransitionInput = {}): ProposalRow {
	const r: TransitionRule | undefined = TRANSITIONS[name];
	if (!r || r.by === 'vote') throw new DomainError('proposals_error_forbidden');
	const { row, notified } = db().transaction((tx) => {
		const loaded = loadReadable(proposalId, actor, tx);
		if (r.by === 'author') requireAuthor(actor, loaded, tx);
		else requireAction(actor, 'proposals.answer', loaded.council);
		const row = applyTransition(tx, loaded.proposal, name, actor.user!.id, { ...input, threshold: loaded.council.supportThreshold });
		// a withdrawn proposal is a private draft again: nobody else hears of it
		const notified = name === 'withdraw' ? [] : noticeProposal(tx, { kind: 'proposal_state', proposal: row, actorId: actor.user!.id, to: 'followers', state: row.state });
		return { row, notified };
	});
	publish({ type: 'proposal.changed', councilId: row.councilId, proposalId, what: 'state' });
	announce(notified);
	if (r.target && input.targetId) publish({ type: 'proposal.changed', councilId: row.councilId, proposalId: input.targetId, what: 'state' });
	return row;
}

/**
 * For the votes engine: records that a vote adopted or rejected a proposal (accepted or scheduled, or rejected
 * when the secretariat called a new vote on it), linking the vote. Throws DomainError('proposals_error_transition')
 * from any other state.
 */
export function applyVoteOutcome(proposalId: number, outcome: { voteId: number; adopted: boolean }): ProposalRow {
	const { row, notified } = db().transaction((tx) => {
		const proposal = getProposal(proposalId, tx);
		if (!proposal) throw new DomainError('proposals_error_not_found');
		const row = applyTransition(tx, proposal, outcome.adopted ? 'adopt' : 'reject', null, { voteId: outcome.voteId });
		return { row, notified: noticeProposal(tx, { kind: 'proposal_state', proposal: row, actorId: null, to: 'followers', state: row.state }) };
	});
	publish({ type: 'proposal.changed', councilId: row.councilId, proposalId, what: 'state' });
	announce(notified);
	return row;
}

/** An official answer outside a transition (e.g. after a vote). */
export function answerProposal(actor: Actor, proposalId: number, input: { answer: string }): ProposalRow {
	const answer = clean(input.answer);
	if (!answer) throw new DomainError('proposals_error_answer_required', 'answer');
	const row = db().transaction((tx) => {
		const { proposal, council } = loadReadable(proposalId, actor, tx);
		requireAction(actor, 'proposals.answer', council);
		if (!ANSWERABLE_STATES.includes(proposal.state as never)) throw new DomainError('proposals_error_not_answerable');
		const at = new Date();
		const updated = tx.update(proposals).set({ answer, answeredAt: at, updatedAt: at }).where(eq(proposals.id, proposalId)).returning().get();
		tx.insert(proposalEvents).values({ proposalId, actorId: actor.user!.id, kind: 'answer', answer, createdAt: at }).run();
		recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.answer', entityType: 'proposal', entityId: proposalId });
		return { ...updated, notified: noticeProposal(tx, { kind: 'proposal_answer', proposal: updated, actorId: actor.user!.id, to: 'followers' }) };
	});
	publish({ type: 'proposal.changed', councilId: row.councilId, proposalId, what: 'state' });
	announce(row.notified);
	return row;
}

/** A dated implementation note with the progress reached, while the proposal is being implemented. */
export function addImplementationUpdate(actor: Actor, proposalId: number, input: { note: string; progress: number }): ProposalRow {
	const note = clean(input.note);
	if (!note) throw new DomainError('proposals_error_note_required', 'note');
	if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) throw new DomainError('proposals_error_progress', 'progress');
	const row = db().transaction((tx) => {
		const { proposal, council } = loadReadable(proposalId, actor, tx);
		requireAction(actor, 'proposals.answer', council);
		if (!UPDATABLE_STATES.includes(proposal.state as never)) throw new DomainError('proposals_error_not_in_implementation');
		const at = new Date();
		const updated = tx.update(proposals).set({ progress: input.progress, updatedAt: at }).where(eq(proposals.id, proposalId)).returning().get();
		tx.insert(proposalEvents).values({ proposalId, actorId: actor.user!.id, kind: 'update', note, progress: input.progress, createdAt: at }).run();
		recordAudit(tx, {
			councilId: proposal.councilId,
			actorId: actor.user!.id,
			action: 'proposal.implementation_update',
			entityType: 'proposal',
			entityId: proposalId,
			details: { progress: input.progress }
		});
		return updated;
	});
	publish({ type: 'proposal.changed', councilId: row.councilId, proposalId, what: 'state' });
	return row;
}

/** The transitions this actor may offer on this proposal (for the page's buttons; services re-check). */
export function availableTransitions(proposal: Pick<ProposalRow, 'state'>, isAuthorOfIt: boolean, canManage: boolean): TransitionName[] {
	return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => {
		const r: TransitionRule = TRANSITIONS[name];
		if (!(r.from as readonly string[]).includes(proposal.state)) return false;
		return (r.by === 'author' && isAuthorOfIt) || (r.by === 'manager' && canManage);
	});
}
