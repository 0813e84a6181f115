// Accounts: creation, lookup, password login with attempt limits.
import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from './tables';
import { hashPassword, verifyPassword } from './password';
import { accountLimiter, addressLimiter, pairLimiter } from './rate-limit';

export type UserRow = typeof users.$inferSelect;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function getUserByEmail(email: string, tx: Tx = db()): UserRow | undefined {
	return tx
		.select()
		.from(users)
		.where(eq(users.email, normaliseEmail(email)))
		.get();
}

export function getUserById(id: number): UserRow | undefined {
	return db().select().from(users).where(eq(users.id, id)).get();
}

/**
 * Inserts an account inside the caller's transaction; the password hash must be computed beforehand. The
 * address counts as verified unless `emailVerified: false` (an account nobody has proved the address of: a
 * workshop guest link); every other way of creating an account proves it (a mailed invitation, the setup link,
 * ADMIN_EMAIL, an import whose invitation mail must be followed before a password exists, the demo seed).
 */
export function insertUser(tx: Tx, input: { email: string; name: string; passwordHash?: string | null; isAdmin?: boolean; isDemo?: boolean; emailVerified?: boolean }): UserRow {
	return tx
		.insert(users)
		.values({
			email: normaliseEmail(input.email),
			name: input.name.trim(),
			passwordHash: input.passwordHash ?? null,
			isAdmin: input.isAdmin ?? false,
			isDemo: input.isDemo ?? false,
			emailVerifiedAt: input.emailVerified === false ? null : new Date()
		})
		.returning()
		.get();
}

export async function createUser(input: { email: string; name: string; password?: string; isAdmin?: boolean }): Promise<UserRow> {
	const passwordHash = input.password ? await hashPassword(input.password) : null;
	return insertUser(db(), { ...input, passwordHash });
}

export async function setPassword(userId: number, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	db().update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export function countAdmins(tx: Tx = db()): number {
	return (
		tx
			.select({ n: sql<number>`count(*)` })
			.from(users)
			.where(eq(users.isAdmin, true))
			.get()?.n ?? 0
	);
}

export type LoginResult = { ok: true; user: UserRow } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'rate_limited'; retryAfterMinutes: number };

/** A hash of nothing anyone knows: unknown accounts cost one verification too, so timing does not tell who exists. */
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
	decoyHash ??= hashPassword(crypto.randomUUID());
	return decoyHash;
}

/**
 * Checks a login, counting failures per account, per address and per (account, address) pair. An address over
 * its own limit is refused; an account over its limit is refused only to the addresses that have failed against
 * it, so that the right password from elsewhere still gets in (nobody can lock someone else out).
 */
export async function authenticate(email: string, password: string, address: string, now = Date.now()): Promise<LoginResult> {
	const accountKey = `account:${normaliseEmail(email)}`;
	const addressKey = `address:${address}`;
	const pairKey = `pair:${normaliseEmail(email)}|${address}`;
	const accountWait = accountLimiter.retryAfter(accountKey, now);
	const pairWait = accountWait > 0 ? Math.min(accountWait, pairLimiter.retryAfter(pairKey, now)) : 0;
	const wait = Math.max(pairWait, addressLimiter.retryAfter(addressKey, now));
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterMinutes: Math.max(1, Math.ceil(wait / 60000)) };
	const user = getUserByEmail(email);
	let ok = false;
	if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
	else await verifyPassword(await decoy(), password);
	if (!user || !ok) {
		accountLimiter.fail(accountKey, now);
		addressLimiter.fail(addressKey, now);
		pairLimiter.fail(pairKey, now);
		return { ok: false, reason: 'invalid' };
	}
	accountLimiter.reset(accountKey);
	pairLimiter.reset(pairKey);
	return { ok: true, user };
}
