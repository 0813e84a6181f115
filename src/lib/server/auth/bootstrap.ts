// The first platform admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or a one-time setup link printed at start.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../db/client';
import { sessions, setupTokens, users } from './tables';
import { countAdmins, createUser, getUserByEmail, insertUser, normaliseEmail } from './users';
import { hashPassword, PASSWORD_MIN_LENGTH } from './password';
import { generateToken, hashToken } from './session';

const SETUP_LIFETIME = 24 * 60 * 60 * 1000;

export type ConfiguredAdmin = 'not_configured' | 'incomplete' | 'password_too_short' | 'created' | 'promoted' | 'unchanged';

/**
 * Creates or promotes the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. Says why it did nothing, so the start
 * can warn about half a configuration (one variable without the other) or a password under the minimum (or only
 * spaces).
 */
export async function ensureConfiguredAdmin(email: string | undefined, password: string | undefined): Promise<ConfiguredAdmin> {
	if (!email && !password) return 'not_configured';
	if (!email || !password) return 'incomplete';
	const existing = getUserByEmail(email);
	if (existing?.emailVerifiedAt) {
		if (existing.isAdmin) return 'unchanged';
		db().update(users).set({ isAdmin: true }).where(eq(users.id, existing.id)).run();
		return 'promoted';
	}
	if (password.length < PASSWORD_MIN_LENGTH || !/\S/.test(password)) return 'password_too_short';
	if (existing) {
		// Someone signed up with this address through a workshop guest link without proving it: the operator
		// who configures it does prove it, and takes the account over with ADMIN_PASSWORD (its sessions end).
		const passwordHash = await hashPassword(password);
		db().transaction((tx) => {
			tx.update(users).set({ isAdmin: true, passwordHash, emailVerifiedAt: new Date() }).where(eq(users.id, existing.id)).run();
			tx.delete(sessions).where(eq(sessions.userId, existing.id)).run();
		});
		return 'promoted';
	}
	await createUser({ email: normaliseEmail(email), name: 'Administrateur', password, isAdmin: true });
	return 'created';
}

/** Returns a fresh setup token when no admin exists, else null. */
export function createSetupTokenIfNeeded(now = Date.now()): string | null {
	if (countAdmins() > 0) return null;
	const token = generateToken();
	db()
		.insert(setupTokens)
		.values({ tokenHash: hashToken(token), expiresAt: new Date(now + SETUP_LIFETIME) })
		.run();
	return token;
}

export function isSetupTokenValid(token: string, now = Date.now()): boolean {
	const row = db()
		.select()
		.from(setupTokens)
		.where(and(eq(setupTokens.tokenHash, hashToken(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, new Date(now))))
		.get();
	return Boolean(row) && countAdmins() === 0;
}

/**
 * Creates the first admin with a setup token; refuses a used, expired or superseded token. The token is
 * claimed in the same transaction that creates the account, so two simultaneous submissions make one admin.
 */
export async function completeSetup(token: string, input: { email: string; name: string; password: string }, now = Date.now()): Promise<SetupResult> {
	if (!isSetupTokenValid(token, now)) return { ok: false, reason: 'invalid_token' };
	const passwordHash = await hashPassword(input.password);
	return createFirstAdmin(token, { email: input.email, name: input.name, passwordHash }, now);
}

export type SetupResult = { ok: true; userId: number } | { ok: false; reason: 'invalid_token' | 'email_taken' };

/** The transactional half of completeSetup, with the password already hashed (the setup action hashes it first). */
export function createFirstAdmin(token: string, input: { email: string; name: string; passwordHash: string }, now = Date.now()): SetupResult {
	const { passwordHash } = input;
	return db().transaction((tx) => {
		if (countAdmins(tx) > 0) return { ok: false as const, reason: 'invalid_token' as const };
		if (getUserByEmail(input.email, tx)) return { ok: false as const, reason: 'email_taken' as const };
		const claimed = tx
			.update(setupTokens)
			.set({ usedAt: new Date(now) })
			.where(and(eq(setupTokens.tokenHash, hashToken(token)), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, new Date(now))))
			.run();
		if (claimed.changes !== 1) return { ok: false as const, reason: 'invalid_token' as const };
		const user = insertUser(tx, { email: input.email, name: input.name, passwordHash, isAdmin: true });
		return { ok: true as const, userId: user.id };
	});
}
