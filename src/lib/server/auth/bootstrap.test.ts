import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase, type Db } from '../db/client';
import { completeSetup, createSetupTokenIfNeeded, ensureConfiguredAdmin, isSetupTokenValid } from './bootstrap';
import { countAdmins, createUser, getUserByEmail } from './users';
import { verifyPassword } from './password';
import { hashToken } from './session';
import { setupTokens, users } from './tables';

const HOUR = 60 * 60 * 1000;
const FIRST_ADMIN = { email: 'Premiere.Admin@Example.org', name: 'Première Admin', password: 'une phrase de passe solide' };

describe('first administrator', () => {
	let database: Db;
	beforeEach(() => {
		database = useTestDatabase();
	});

	describe('ensureConfiguredAdmin (ADMIN_EMAIL / ADMIN_PASSWORD)', () => {
		it('creates the admin account when it does not exist', async () => {
			expect(await ensureConfiguredAdmin('root@example.org', 'mot de passe du root')).toBe('created');
			const user = getUserByEmail('root@example.org');
			expect(user?.isAdmin).toBe(true);
			expect(await verifyPassword(user!.passwordHash!, 'mot de passe du root')).toBe(true);
			// A second start changes nothing.
			expect(await ensureConfiguredAdmin('root@example.org', 'mot de passe du root')).toBe('unchanged');
			expect(database.select().from(users).all()).toHaveLength(1);
		});

		it('promotes an existing account without touching its password', async () => {
			await createUser({ email: 'sophie@example.org', name: 'Sophie', password: 'son propre mot de passe' });
			await ensureConfiguredAdmin('SOPHIE@example.org', 'autre mot de passe');
			const user = getUserByEmail('sophie@example.org')!;
			expect(user.isAdmin).toBe(true);
			expect(await verifyPassword(user.passwordHash!, 'son propre mot de passe')).toBe(true);
		});

		it('does nothing unless both variables are set, and says so', async () => {
			expect(await ensureConfiguredAdmin('root@example.org', undefined)).toBe('incomplete');
			expect(await ensureConfiguredAdmin(undefined, 'mot de passe du root')).toBe('incomplete');
			expect(await ensureConfiguredAdmin(undefined, undefined)).toBe('not_configured');
			expect(countAdmins()).toBe(0);
		});

		it('refuses to create an admin with a password under the minimum length', async () => {
			expect(await ensureConfiguredAdmin('root@example.org', 'court')).toBe('password_too_short');
			expect(countAdmins()).toBe(0);
		});

		it('refuses to create an admin whose password is only spaces', async () => {
			expect(await ensureConfiguredAdmin('root@example.org', ' '.repeat(16))).toBe('password_too_short');
			expect(countAdmins()).toBe(0);
		});
	});

	describe('setup link', () => {
		it('is offered only while there is no admin, and stores only the token’s hash', async () => {
			const token = createSetupTokenIfNeeded();
			expect(token).toMatch(/^[a-z2-7]{32}$/);
			expect(
				database
					.select()
					.from(setupTokens)
					.all()
					.map((r) => r.tokenHash)
			).toEqual([hashToken(token!)]);
			await createUser({ email: 'admin@example.org', name: 'Admin', isAdmin: true });
			expect(createSetupTokenIfNeeded()).toBeNull();
		});

		it('creates the first admin once: the link is single use', async () => {
			const token = createSetupTokenIfNeeded()!;
			expect(isSetupTokenValid(token)).toBe(true);
			const result = await completeSetup(token, FIRST_ADMIN);
			expect(result.ok).toBe(true);
			const admin = getUserByEmail('premiere.admin@example.org')!;
			expect(admin.isAdmin).toBe(true);
			expect(result.ok && result.userId).toBe(admin.id);
			expect(await verifyPassword(admin.passwordHash!, FIRST_ADMIN.password)).toBe(true);
			expect(isSetupTokenValid(token)).toBe(false);
			expect(await completeSetup(token, { ...FIRST_ADMIN, email: 'second@example.org' })).toEqual({ ok: false, reason: 'invalid_token' });
			expect(countAdmins()).toBe(1);
		});

		it('makes one admin when the same link is submitted twice at once', async () => {
			const token = createSetupTokenIfNeeded()!;
			const results = await Promise.all([completeSetup(token, FIRST_ADMIN), completeSetup(token, { ...FIRST_ADMIN, email: 'someone.else@example.org' })]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(countAdmins()).toBe(1);
		});

		it('is refused once an admin exists by other means', async () => {
			const token = createSetupTokenIfNeeded()!;
			await ensureConfiguredAdmin('root@example.org', 'mot de passe du root');
			expect(isSetupTokenValid(token)).toBe(false);
			expect(await completeSetup(token, FIRST_ADMIN)).toEqual({ ok: false, reason: 'invalid_token' });
			expect(getUserByEmail(FIRST_ADMIN.email)).toBeUndefined();
		});

		it('is refused after 24 hours', async () => {
			const created = Date.now() - 25 * HOUR;
			const token = createSetupTokenIfNeeded(created)!;
			expect(isSetupTokenValid(token, created + 23 * HOUR)).toBe(true);
			expect(isSetupTokenValid(token)).toBe(false);
			expect(await completeSetup(token, FIRST_ADMIN)).toEqual({ ok: false, reason: 'invalid_token' });
			expect(countAdmins()).toBe(0);
		});

		it('refuses an unknown token and keeps a valid link usable when the email is taken', async () => {
			const token = createSetupTokenIfNeeded()!;
			expect(await completeSetup('not-a-token', FIRST_ADMIN)).toEqual({ ok: false, reason: 'invalid_token' });
			await createUser({ email: FIRST_ADMIN.email, name: 'Already there' });
			expect(await completeSetup(token, FIRST_ADMIN)).toEqual({ ok: false, reason: 'email_taken' });
			expect(
				database
					.select()
					.from(setupTokens)
					.where(eq(setupTokens.tokenHash, hashToken(token)))
					.get()?.usedAt
			).toBeNull();
			expect((await completeSetup(token, { ...FIRST_ADMIN, email: 'other@example.org' })).ok).toBe(true);
		});
	});
});
