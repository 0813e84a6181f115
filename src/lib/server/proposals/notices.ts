// Who hears about what happens to a proposal (notification centre and, per preferences, email), written in
// the service's transaction. The service publishes 'notifications.changed' for the returned ids after commit.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';
import { notify, type NotificationKind } from '../notifications/notify';
import { publish } from '../events/bus';
import { proposalCoauthors } from './tables';
import { followerIds } from './follows';

type ProposalRef = { id: number; title: string; authorId: number; councilId: number };

function authorsOf(tx: Tx, proposal: ProposalRef): number[] {
	const co = tx.select({ id: proposalCoauthors.userId }).from(proposalCoauthors).where(eq(proposalCoauthors.proposalId, proposal.id)).all();
	return [proposal.authorId, ...co.map((c) => c.id)];
}

/**
 * Notifies the proposal's authors ('authors'), or its authors and followers ('followers', follows.ts), plus any
 * `also` ids, except the person who acted. Returns the ids notified in-app.
 */
export function noticeProposal(tx: Tx, input: { kind: NotificationKind; proposal: ProposalRef; actorId: number | null; to: 'authors' | 'followers'; also?: number[]; state?: string }): number[] {
	const { proposal } = input;
	const slug = tx.select({ slug: councils.slug }).from(councils).where(eq(councils.id, proposal.councilId)).get()?.slug;
	if (!slug) return [];
	const recipients = [...authorsOf(tx, proposal), ...(input.to === 'followers' ? followerIds(tx, proposal.id) : []), ...(input.also ?? [])];
	const actor = input.actorId ? tx.select({ name: users.name }).from(users).where(eq(users.id, input.actorId)).get()?.name : undefined;
	const params: Record<string, string> = { title: proposal.title };
	if (actor) params.actor = actor;
	if (input.state) params.state = input.state;
	return notify(tx, {
		userIds: recipients,
		kind: input.kind,
		councilId: proposal.councilId,
		params,
		link: `/c/${slug}/proposals/${proposal.id}`,
		exceptUserId: input.actorId ?? undefined
	});
}

/** After commit: tells the notified people's open pages that their unread count changed. */
export function announce(userIds: number[]): void {
	if (userIds.length) publish({ type: 'notifications.changed', userIds });
}
