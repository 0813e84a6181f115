// Sessions the way Lucia's guide writes them: a random token goes to the browser, only its sha256 is stored;
// 30-day expiry that slides forward when less than 15 days remain, and an absolute lifetime of 90 days from the
// login: a stolen cookie used every day still dies, and the person logs in again.
import { eq, lte } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../db/client';
import { sessions, users } from './tables';
import { publish } from '../events/bus';

export const SESSION_COOKIE = 'cocon_session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME = 30 * DAY;
const RENEW_BEFORE = 15 * DAY;
/** However often it is used, a session ends this long after the login. */
export const SESSION_ABSOLUTE_LIFETIME = 90 * DAY;

export type SessionUser = { id: number; email: string; name: string; isAdmin: boolean; locale: string | null };
export type Session = { id: string; userId: number; expiresAt: Date };

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Stores a new session for the token (only its hash), and forgets sessions that have expired meanwhile. */
export function createSession(token: string, userId: number, now = Date.now()): Session {
	const session = { id: hashToken(token), userId, expiresAt: new Date(now + SESSION_LIFETIME) };
	db().transaction((tx) => {
		tx.delete(sessions)
			.where(lte(sessions.expiresAt, new Date(now)))
			.run();
		tx.insert(sessions)
			.values({ ...session, createdAt: new Date(now) })
			.run();
	});
	return session;
}

export function validateSessionToken(token: string, now = Date.now()): { session: Session; user: SessionUser } | null {
	const id = hashToken(token);
	const row = db()
		.select({
			session: { id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt },
			createdAt: sessions.createdAt,
			user: { id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, locale: users.locale }
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return null;
	const { session, user } = row;
	const endOfLife = row.createdAt.getTime() + SESSION_ABSOLUTE_LIFETIME;
	if (now >= session.expiresAt.getTime() || now >= endOfLife) {
		db().delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	if (now >= session.expiresAt.getTime() - RENEW_BEFORE && session.expiresAt.getTime() < endOfLife) {
		session.expiresAt = new Date(Math.min(now + SESSION_LIFETIME, endOfLife));
		db().update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id)).run();
	}
	return { session, user };
}

export function invalidateSession(sessionId: string): void {
	db().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** "Log out everywhere": every session of the user ends, and their open sockets are told. */
export function invalidateAllSessions(userId: number): void {
	db().delete(sessions).where(eq(sessions.userId, userId)).run();
	publish({ type: 'session.revoked', userId });
}
