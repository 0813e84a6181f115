// Supports: a member supports a submitted proposal once (UNIQUE (proposal, user)) and may withdraw.
// The count on the proposal row changes in the same transaction, only when a row was really added/removed,
// so concurrent requests never count a member twice.
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { proposals, proposalSupports } from './tables';
import { isAuthor, type Loaded } from './access';
import { SUPPORTABLE_STATES } from './states';
import { announce, noticeProposal } from './notices';
import { addFollowers } from './follows';

export type SupportResult = { supported: boolean; count: number; changed: boolean };

/** Adds or removes the actor's support (the action checks the role and loads the proposal within the council). */
export function setSupport(tx: Tx, actor: Actor, { proposal }: Loaded, support: boolean): SupportResult {
	if (!SUPPORTABLE_STATES.includes(proposal.state as never)) throw new DomainError('proposals_error_support_closed');
	const userId = actor.user!.id;
	if (support && isAuthor(proposal, userId, tx)) throw new DomainError('proposals_error_support_own');
	const changed = support
		? tx.insert(proposalSupports).values({ proposalId: proposal.id, userId }).onConflictDoNothing().run().changes
		: tx
				.delete(proposalSupports)
				.where(and(eq(proposalSupports.proposalId, proposal.id), eq(proposalSupports.userId, userId)))
				.run().changes;
	let count = proposal.supportsCount;
	if (changed) {
		count = tx
			.update(proposals)
			.set({ supportsCount: sql`${proposals.supportsCount} + ${support ? 1 : -1}` })
			.where(eq(proposals.id, proposal.id))
			.returning({ n: proposals.supportsCount })
			.get().n;
		recordAudit(tx, { councilId: proposal.councilId, actorId: userId, action: support ? 'proposal.support' : 'proposal.unsupport', entityType: 'proposal', entityId: proposal.id });
		if (support) addFollowers(tx, proposal.id, [userId]);
		if (support) announce(noticeProposal(tx, { kind: 'proposal_support', proposal, actorId: userId, to: 'authors' }));
		publish({ type: 'proposal.changed', councilId: proposal.councilId, proposalId: proposal.id, what: 'supports', supportsCount: count });
	}
	return { supported: support, count, changed: changed > 0 };
}

export function hasSupported(proposalId: number, userId: number | undefined): boolean {
	if (!userId) return false;
	return !!db()
		.select({ id: proposalSupports.id })
		.from(proposalSupports)
		.where(and(eq(proposalSupports.proposalId, proposalId), eq(proposalSupports.userId, userId)))
		.get();
}

export function supporterIds(proposalId: number): number[] {
	return db()
		.select({ id: proposalSupports.userId })
		.from(proposalSupports)
		.where(eq(proposalSupports.proposalId, proposalId))
		.all()
		.map((r) => r.id);
}
