// Proving an address: an account made through a workshop guest link gets a link by mail (through the outbox);
// following it while logged in to that account marks the address verified. Being logged in is required so that
// a link opened by someone else (the real owner of an address a stranger signed up with, or a mail scanner that
// follows links) verifies nothing. Only the sha256 of the token is stored; the link is valid 7 days.
import { and, eq, gt } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { queueMail } from '../mail/outbox';
import { config } from '../config';
import { DomainError } from '../errors';
import { emailVerifications, users } from './tables';
import { generateToken, hashToken } from './session';
import { m } from '$lib/paraglide/messages';

const DAY = 24 * 60 * 60 * 1000;
export const EMAIL_VERIFICATION_LIFETIME = 7 * DAY;

export function emailVerificationUrl(token: string): string {
	return `${config.origin.replace(/\/+$/, '')}/verify-email/${token}`;
}

/** The mail, French first then English, like the invitation mail. */
function composeMail(name: string, url: string) {
	const locales = ['fr', 'en'] as const;
	return {
		subject: locales.map((locale) => m.auth_verify_mail_subject({}, { locale })).join(' / '),
		body: locales.map((locale) => m.auth_verify_mail_body({ name, url }, { locale })).join('\n\n— — —\n\n')
	};
}

/** Replaces any pending link of the account by a new one and queues its mail, in the caller's transaction. */
export function requestEmailVerification(tx: Tx, user: { id: number; email: string; name: string }, now = Date.now()): { token: string; url: string } {
	const token = generateToken();
	tx.delete(emailVerifications).where(eq(emailVerifications.userId, user.id)).run();
	tx.insert(emailVerifications)
		.values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now + EMAIL_VERIFICATION_LIFETIME), createdAt: new Date(now) })
		.run();
	const url = emailVerificationUrl(token);
	queueMail(tx, { to: user.email, ...composeMail(user.name, url) });
	return { token, url };
}

/** Sends a fresh link to a logged-in account whose address is not verified yet (the account page's button). */
export function resendEmailVerification(userId: number, now = Date.now()): void {
	db().transaction((tx) => {
		const user = tx.select().from(users).where(eq(users.id, userId)).get();
		if (!user) throw new DomainError('auth_verify_error_not_found');
		if (user.emailVerifiedAt) throw new DomainError('auth_verify_error_already');
		requestEmailVerification(tx, user, now);
	});
}

export type VerificationState = 'valid' | 'expired' | 'not_found';

/** What the link page shows: which account the link is for (its address), and whether it can still be used. */
export function findEmailVerification(token: string, now = Date.now()) {
	const row = db()
		.select({ userId: emailVerifications.userId, expiresAt: emailVerifications.expiresAt, email: users.email, verifiedAt: users.emailVerifiedAt })
		.from(emailVerifications)
		.innerJoin(users, eq(users.id, emailVerifications.userId))
		.where(eq(emailVerifications.tokenHash, hashToken(token)))
		.get();
	if (!row) return { state: 'not_found' as const };
	return { state: row.expiresAt.getTime() <= now ? ('expired' as const) : ('valid' as const), userId: row.userId, email: row.email };
}

/** Verifies the address of the logged-in account the link was sent to; the link works once. */
export function confirmEmailVerification(token: string, userId: number, now = Date.now()): void {
	db().transaction((tx) => {
		const row = tx
			.select()
			.from(emailVerifications)
			.where(and(eq(emailVerifications.tokenHash, hashToken(token)), gt(emailVerifications.expiresAt, new Date(now))))
			.get();
		if (!row) throw new DomainError('auth_verify_error_unusable');
		if (row.userId !== userId) throw new DomainError('auth_verify_error_other_account');
		tx.update(users)
			.set({ emailVerifiedAt: new Date(now) })
			.where(eq(users.id, userId))
			.run();
		tx.delete(emailVerifications).where(eq(emailVerifications.userId, userId)).run();
	});
}

/** Whether the account has proved its address (see users.emailVerifiedAt). */
export function isEmailVerified(userId: number, tx: Tx = db()): boolean {
	return Boolean(tx.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get()?.at);
}
