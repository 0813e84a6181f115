// Following a proposal: anyone logged in who may read it follows or stops following it; authors, co-authors
// and supporters follow automatically. Followers hear of its state changes, answers, amendments and
// comments (notices.ts). Authors always hear of their own proposal, followed or not.
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { DomainError } from '../errors';
import { proposalFollows } from './tables';
import type { Loaded } from './access';

/** Makes people follow a proposal inside the caller's transaction (no-op for those who already do). */
export function addFollowers(tx: Tx, proposalId: number, userIds: number[]): void {
	const unique = [...new Set(userIds)];
	if (unique.length)
		tx.insert(proposalFollows)
			.values(unique.map((userId) => ({ proposalId, userId })))
			.onConflictDoNothing()
			.run();
}

export function followerIds(tx: Tx, proposalId: number): number[] {
	return tx
		.select({ id: proposalFollows.userId })
		.from(proposalFollows)
		.where(eq(proposalFollows.proposalId, proposalId))
		.all()
		.map((r) => r.id);
}

export function isFollowing(proposalId: number, userId: number | undefined | null): boolean {
	if (!userId) return false;
	return !!db()
		.select({ id: proposalFollows.userId })
		.from(proposalFollows)
		.where(and(eq(proposalFollows.proposalId, proposalId), eq(proposalFollows.userId, userId)))
		.get();
}

/** The proposals among `ids` that the person follows (for lists). */
export function followedAmong(userId: number, ids: number[]): Set<number> {
	if (!ids.length) return new Set();
	return new Set(
		db()
			.select({ id: proposalFollows.proposalId })
			.from(proposalFollows)
			.where(and(eq(proposalFollows.userId, userId), inArray(proposalFollows.proposalId, ids)))
			.all()
			.map((r) => r.id)
	);
}

export type FollowResult = { following: boolean; changed: boolean };

/** Follows (true) or stops following (false) a proposal the actor may read (loaded by the action's scope). */
export function setFollowing(tx: Tx, actor: Actor, { proposal }: Loaded, follow: boolean): FollowResult {
	if (!actor.user) throw new DomainError('common_error_login_required');
	const userId = actor.user.id;
	const changed = follow
		? tx.insert(proposalFollows).values({ proposalId: proposal.id, userId }).onConflictDoNothing().run().changes
		: tx
				.delete(proposalFollows)
				.where(and(eq(proposalFollows.proposalId, proposal.id), eq(proposalFollows.userId, userId)))
				.run().changes;
	return { following: follow, changed: changed > 0 };
}
