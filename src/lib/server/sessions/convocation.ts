// Moving a session through its states from the session page. Convening publishes the agenda and notifies every
// active member of the council (in-app, and by email unless they turned it off) with a link to the session.
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { councils, memberships } from '../councils/tables';
import { notify } from '../notifications/notify';
import { announce } from '../proposals/notices';
import { setSessionState } from './plenaries';
import type { SessionRow, SessionState, SessionsUser } from './access';

/** Changes the state; convening and its notifications are ONE transaction (no convened session without its notices). */
export function changeSessionState(user: SessionsUser, sessionId: number, to: SessionState): SessionRow {
	const { session, notified } = db().transaction(() => {
		const session = setSessionState(user, sessionId, to);
		return { session, notified: to === 'convened' ? notifyConvocation(session, user.id) : null };
	});
	if (notified) announce(notified);
	return session;
}

/** Notifies the council's active members that the session is convened; returns the ids notified in-app. */
export function notifyConvocation(session: SessionRow, actorId: number | null): number[] {
	return db().transaction((tx) => {
		const slug = tx.select({ slug: councils.slug }).from(councils).where(eq(councils.id, session.councilId)).get()?.slug;
		if (!slug) return [];
		const userIds = tx
			.select({ userId: memberships.userId })
			.from(memberships)
			.where(and(eq(memberships.councilId, session.councilId), eq(memberships.status, 'active')))
			.all()
			.map((r) => r.userId);
		return notify(tx, {
			userIds,
			kind: 'session_convened',
			councilId: session.councilId,
			params: { title: session.title },
			link: `/c/${slug}/sessions/${session.id}`,
			exceptUserId: actorId ?? undefined
		});
	});
}
