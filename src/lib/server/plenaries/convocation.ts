// Moving a plenary through its states from the plenary page. Convening publishes the agenda and notifies every
// active member of the council (in-app, and by email unless they turned it off) with a link to the plenary.
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { councils, memberships } from '../councils/tables';
import { notify } from '../notifications/notify';
import { announce } from '../proposals/notices';
import { setPlenaryState } from './plenaries';
import type { PlenaryRow, PlenaryState, PlenaryUser } from './access';

/** Changes the state; convening and its notifications are ONE transaction (no convened plenary without its notices). */
export function changePlenaryState(user: PlenaryUser, plenaryId: number, to: PlenaryState): PlenaryRow {
	const { plenary, notified } = db().transaction(() => {
		const plenary = setPlenaryState(user, plenaryId, to);
		return { plenary, notified: to === 'convened' ? notifyConvocation(plenary, user.id) : null };
	});
	if (notified) announce(notified);
	return plenary;
}

/** Notifies the council's active members that the plenary is convened; returns the ids notified in-app. */
export function notifyConvocation(plenary: PlenaryRow, actorId: number | null): number[] {
	return db().transaction((tx) => {
		const slug = tx.select({ slug: councils.slug }).from(councils).where(eq(councils.id, plenary.councilId)).get()?.slug;
		if (!slug) return [];
		const userIds = tx
			.select({ userId: memberships.userId })
			.from(memberships)
			.where(and(eq(memberships.councilId, plenary.councilId), eq(memberships.status, 'active')))
			.all()
			.map((r) => r.userId);
		return notify(tx, {
			userIds,
			kind: 'session_convened',
			councilId: plenary.councilId,
			params: { title: plenary.title },
			link: `/c/${slug}/sessions/${plenary.id}`,
			exceptUserId: actorId ?? undefined
		});
	});
}
