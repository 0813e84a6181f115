// Amendments: a member proposes a new title, summary or body; the authors decide while the proposal is
// submitted, the secretariat (or chair) once it is accepted for deliberation. Accepting creates a new version;
// every version is kept and any two can be compared.
import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { can, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { proposalAmendments, proposalEvents, proposals, proposalVersions } from './tables';
import { isAuthor, loadReadable, requireAction, type Loaded } from './access';
import { AMENDABLE_STATES, MANAGER_DECIDES_AMENDMENTS } from './states';
import { diffFields, type FieldDiff } from './diff';
import { SUMMARY_MAX } from './write';
import { announce, noticeProposal } from './notices';

export type AmendmentInput = { title: string; summary: string; body: string; reason: string };
export type AmendmentRow = typeof proposalAmendments.$inferSelect;

export function proposeAmendment(actor: Actor, proposalId: number, input: AmendmentInput): AmendmentRow {
	const text = { title: input.title.trim(), summary: input.summary.trim(), body: input.body };
	if (!text.title) throw new DomainError('proposals_error_title_required', 'title');
	if (text.summary.length > SUMMARY_MAX) throw new DomainError('proposals_error_summary_long', 'summary', { max: SUMMARY_MAX });
	const row = db().transaction((tx) => {
		const { proposal, council } = loadReadable(proposalId, actor, tx);
		requireAction(actor, 'proposals.amend', council);
		if (!AMENDABLE_STATES.includes(proposal.state as never)) throw new DomainError('proposals_error_amend_closed');
		if (isAuthor(proposal, actor.user!.id, tx)) throw new DomainError('proposals_error_amend_own');
		if (text.title === proposal.title && text.summary === proposal.summary && text.body === proposal.body) throw new DomainError('proposals_error_amendment_unchanged', 'body');
		const amendment = tx
			.insert(proposalAmendments)
			.values({ proposalId, authorId: actor.user!.id, baseVersion: proposal.version, ...text, reason: input.reason.trim() })
			.returning()
			.get();
		recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.amend', entityType: 'proposal_amendment', entityId: amendment.id, details: { proposalId } });
		return { amendment, notified: noticeProposal(tx, { kind: 'proposal_amendment', proposal, actorId: actor.user!.id, to: 'followers' }) };
	});
	publish({ type: 'proposal.changed', councilId: getCouncilId(proposalId), proposalId, what: 'amendments' });
	announce(row.notified);
	return row.amendment;
}

function getCouncilId(proposalId: number): number {
	return db().select({ c: proposals.councilId }).from(proposals).where(eq(proposals.id, proposalId)).get()!.c;
}

/** Whether this actor decides on the proposal's amendments in its current state. */
export function decidesAmendments(actor: Actor, loaded: Loaded): boolean {
	const { proposal, council } = loaded;
	if (!AMENDABLE_STATES.includes(proposal.state as never)) return false;
	if (MANAGER_DECIDES_AMENDMENTS.includes(proposal.state as never)) return can(actor, 'proposals.answer', council);
	return isAuthor(proposal, actor.user?.id) && can(actor, 'proposals.create', council);
}

export function decideAmendment(actor: Actor, amendmentId: number, decision: { accept: boolean; reason?: string }): AmendmentRow {
	const result = db().transaction((tx) => {
		const amendment = tx.select().from(proposalAmendments).where(eq(proposalAmendments.id, amendmentId)).get();
		if (!amendment) throw new DomainError('proposals_error_not_found');
		const loaded = loadReadable(amendment.proposalId, actor, tx);
		const { proposal } = loaded;
		if (!decidesAmendments(actor, loaded)) throw new DomainError('proposals_error_amend_decider');
		if (amendment.status !== 'pending') throw new DomainError('proposals_error_amendment_decided');
		const reason = decision.reason?.trim() || null;
		const userId = actor.user!.id;
		const at = new Date();
		let resultingVersion: number | null = null;
		if (decision.accept) {
			if (amendment.baseVersion !== proposal.version) throw new DomainError('proposals_error_amendment_outdated', 'form', { version: proposal.version });
			resultingVersion = proposal.version + 1;
			const text = { title: amendment.title, summary: amendment.summary, body: amendment.body };
			tx.insert(proposalVersions)
				.values({ proposalId: proposal.id, version: resultingVersion, ...text, amendmentId, createdBy: amendment.authorId, createdAt: at })
				.run();
			tx.update(proposals)
				.set({ ...text, version: resultingVersion, updatedAt: at })
				.where(eq(proposals.id, proposal.id))
				.run();
			tx.insert(proposalEvents).values({ proposalId: proposal.id, actorId: userId, kind: 'version', version: resultingVersion, note: reason, createdAt: at }).run();
		}
		const updated = tx
			.update(proposalAmendments)
			.set({ status: decision.accept ? 'accepted' : 'rejected', decidedBy: userId, decidedAt: at, decisionReason: reason, resultingVersion })
			.where(eq(proposalAmendments.id, amendmentId))
			.returning()
			.get();
		recordAudit(tx, {
			councilId: proposal.councilId,
			actorId: userId,
			action: decision.accept ? 'proposal.amendment_accept' : 'proposal.amendment_reject',
			entityType: 'proposal_amendment',
			entityId: amendmentId,
			details: { proposalId: proposal.id, version: resultingVersion }
		});
		return { updated, councilId: proposal.councilId };
	});
	const proposalId = result.updated.proposalId;
	publish({ type: 'proposal.changed', councilId: result.councilId, proposalId, what: 'amendments' });
	if (decision.accept) publish({ type: 'proposal.changed', councilId: result.councilId, proposalId, what: 'content' });
	return result.updated;
}

export function listAmendments(proposalId: number) {
	return db()
		.select({
			id: proposalAmendments.id,
			authorId: proposalAmendments.authorId,
			authorName: users.name,
			status: proposalAmendments.status,
			reason: proposalAmendments.reason,
			baseVersion: proposalAmendments.baseVersion,
			resultingVersion: proposalAmendments.resultingVersion,
			decisionReason: proposalAmendments.decisionReason,
			decidedAt: proposalAmendments.decidedAt,
			createdAt: proposalAmendments.createdAt
		})
		.from(proposalAmendments)
		.innerJoin(users, eq(users.id, proposalAmendments.authorId))
		.where(eq(proposalAmendments.proposalId, proposalId))
		.orderBy(desc(proposalAmendments.createdAt), desc(proposalAmendments.id))
		.all();
}

/** An amendment with the difference it makes to the version it was written against. */
export function getAmendment(proposalId: number, amendmentId: number) {
	const amendment = db()
		.select({ a: proposalAmendments, authorName: users.name })
		.from(proposalAmendments)
		.innerJoin(users, eq(users.id, proposalAmendments.authorId))
		.where(and(eq(proposalAmendments.id, amendmentId), eq(proposalAmendments.proposalId, proposalId)))
		.get();
	if (!amendment) return undefined;
	const base = getVersion(proposalId, amendment.a.baseVersion)!;
	return { ...amendment.a, authorName: amendment.authorName, diff: diffFields(base, amendment.a) };
}

export function listVersions(proposalId: number) {
	return db()
		.select({ version: proposalVersions.version, createdAt: proposalVersions.createdAt, amendmentId: proposalVersions.amendmentId, authorName: users.name })
		.from(proposalVersions)
		.leftJoin(users, eq(users.id, proposalVersions.createdBy))
		.where(eq(proposalVersions.proposalId, proposalId))
		.orderBy(asc(proposalVersions.version))
		.all();
}

export function getVersion(proposalId: number, version: number) {
	return db()
		.select()
		.from(proposalVersions)
		.where(and(eq(proposalVersions.proposalId, proposalId), eq(proposalVersions.version, version)))
		.get();
}

/** Compares any two versions of a proposal; undefined when one does not exist. */
export function compareVersions(proposalId: number, from: number, to: number): FieldDiff | undefined {
	const a = getVersion(proposalId, from);
	const b = getVersion(proposalId, to);
	if (!a || !b) return undefined;
	return diffFields(a, b);
}
