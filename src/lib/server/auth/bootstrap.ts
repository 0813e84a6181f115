// The first platform admin: from ADMIN_EMAIL / ADMIN_PASSWORD, or a one-time setup link printed at start.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../db/client';
import { setupTokens, users } from './tables';
import { countAdmins, createUser, getUserByEmail, normaliseEmail } from './users';
import { generateToken, hashToken } from './session';

const SETUP_LIFETIME = 24 * 60 * 60 * 1000;

export async function ensureConfiguredAdmin(email: string | undefined, password: string | undefined): Promise<void> {
	if (!email || !password) return;
	const existing = getUserByEmail(email);
	if (existing) {
		if (!existing.isAdmin) db().update(users).set({ isAdmin: true }).where(eq(users.id, existing.id)).run();
		return;
	}
	await createUser({ email: normaliseEmail(email), name: 'Administrateur', password, isAdmin: true });
}

/** Returns a fresh setup token when no admin exists, else null. */
export function createSetupTokenIfNeeded(now = Date.now()): string | null {
	if (countAdmins() > 0) return null;
	const token = generateToken();
	db().insert(setupTokens).values({ tokenHash: hashToken(token), expiresAt: new Date(now + SETUP_LIFETIME) }).run();
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

/** Creates the first admin with a setup token; refuses a used, expired or superseded token. */
export async function completeSetup(
	token: string,
	input: { email: string; name: string; password: string }
): Promise<{ ok: true; userId: number } | { ok: false; reason: 'invalid_token' | 'email_taken' }> {
	if (!isSetupTokenValid(token)) return { ok: false, reason: 'invalid_token' };
	if (getUserByEmail(input.email)) return { ok: false, reason: 'email_taken' };
	const user = await createUser({ ...input, isAdmin: true });
	db().update(setupTokens).set({ usedAt: new Date() }).where(eq(setupTokens.tokenHash, hashToken(token))).run();
	return { ok: true, userId: user.id };
}
