// The account actions a visitor without a council runs on the runner: logging in (attempt limits, safe redirect,
// the old session ended), the first admin's setup, accepting an invitation or a workshop guest link (the account it
// makes must verify its address), and the language switch. Each answers as its form did before the runner.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../../db/client';
import { execute } from '../../actions/execute';
import { ANONYMOUS, type Actor } from '../permissions';
import { createSetupTokenIfNeeded } from '../bootstrap';
import { createUser, getUserByEmail } from '../users';
import { verifyPassword } from '../password';
import { createSession, generateToken, hashToken } from '../session';
import { emailVerifications, sessions, users } from '../tables';
import { createInvitation } from '../../councils/invitations';
import { memberships } from '../../councils/tables';
import { setupCouncil, testMail } from '../../councils/members.fixtures';
import { outbox } from '../../mail/tables';
import { setup as workshopSetup } from '../../workshops/test-fixtures';
import { createGuestLink } from '../../workshops/guests';
import { isWorkshopGuest } from '../../workshops/access';
import { acceptGuestLink, acceptGuestLinkWithAccount, acceptInvitation, acceptInvitationWithPassword, completeSetup, login, switchLocale } from '.';

const PASSWORD = 'une phrase de passe solide';
const signedIn = (id: number): Actor => ({ user: { id, isAdmin: false }, roles: [] });
const sessionOf = (token: string) =>
	db()
		.select()
		.from(sessions)
		.where(eq(sessions.id, hashToken(token)))
		.get();
let seq = 0;
const uniqueEmail = (name: string) => `${name}-${++seq}-${Date.now()}@example.org`;

describe('account.login', () => {
	const attempt = (email: string, password: string, over: Record<string, unknown> = {}) =>
		execute(ANONYMOUS, null, login, { email, password, redirectTo: '/c/conseil', address: '10.0.0.1', sessionId: null, ...over });

	it('opens a session for the right password, ends the one the request came with, and makes the target safe', async () => {
		useTestDatabase();
		const email = uniqueEmail('login');
		const user = await createUser({ email, name: 'Lou', password: PASSWORD });
		const old = generateToken();
		createSession(old, user.id);
		const result = await attempt(email.toUpperCase(), PASSWORD, { sessionId: hashToken(old) });
		expect(result).toMatchObject({ ok: true, data: { redirectTo: '/c/conseil' } });
		if (!result.ok) return;
		expect(sessionOf(result.data.sessionToken)?.userId).toBe(user.id);
		expect(sessionOf(old), 'the previous session ended').toBeUndefined();
		for (const [target, safe] of [
			['//evil.example', '/'],
			['/\\evil.example', '/'],
			['https://evil.example/', '/'],
			['/€', '/%E2%82%AC']
		])
			expect(await attempt(email, PASSWORD, { redirectTo: target }), target).toMatchObject({ ok: true, data: { redirectTo: safe } });
	});

	it('refuses a wrong password or an unknown account with one message, and opens no session', async () => {
		useTestDatabase();
		const email = uniqueEmail('wrong');
		await createUser({ email, name: 'Lou', password: PASSWORD });
		expect(await attempt(email, 'pas le bon mot de passe', { address: '10.0.1.1' })).toMatchObject({ ok: false, status: 400, code: 'auth_error_invalid', field: 'form' });
		expect(await attempt(uniqueEmail('nobody'), PASSWORD, { address: '10.0.1.1' })).toMatchObject({ ok: false, status: 400, code: 'auth_error_invalid' });
		expect(db().select().from(sessions).all()).toEqual([]);
	});

	it('answers 429 past the attempt limit, but lets the right password in from an address that has not failed', async () => {
		useTestDatabase();
		const email = uniqueEmail('limited');
		await createUser({ email, name: 'Lou', password: PASSWORD });
		for (let i = 0; i < 5; i++) expect(await attempt(email, `faux ${i}`, { address: '10.0.2.1' })).toMatchObject({ code: 'auth_error_invalid' });
		const locked = await attempt(email, PASSWORD, { address: '10.0.2.1' });
		expect(locked).toMatchObject({ ok: false, status: 429, code: 'auth_error_rate_limited', params: { minutes: 15 } });
		expect(await attempt(email, PASSWORD, { address: '10.0.2.2' })).toMatchObject({ ok: true });
	});

	it('answers 400 with per-field messages to a bad body', async () => {
		useTestDatabase();
		const result = await execute(ANONYMOUS, null, login, { email: 'pas une adresse', address: '10.0.3.1', sessionId: null });
		expect(result).toMatchObject({ ok: false, status: 400, code: 'common_error_invalid_input' });
		if (!result.ok) expect(Object.keys(result.errors ?? {}).sort()).toEqual(['email', 'password']);
	});
});

describe('account.completeSetup', () => {
	const form = { name: 'Première Admin', email: 'Premiere.Admin@Example.org', password: PASSWORD, confirm: PASSWORD };

	it('creates the first admin, logs them in, and the link works once', async () => {
		useTestDatabase();
		const token = createSetupTokenIfNeeded()!;
		expect(await execute(ANONYMOUS, null, completeSetup, { ...form, confirm: 'autre chose', token })).toMatchObject({ ok: false, status: 400, errors: { confirm: expect.any(String) } });
		const result = await execute(ANONYMOUS, null, completeSetup, { ...form, token });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const admin = getUserByEmail(form.email)!;
		expect(admin).toMatchObject({ isAdmin: true, email: 'premiere.admin@example.org' });
		expect(await verifyPassword(admin.passwordHash!, PASSWORD)).toBe(true);
		expect(sessionOf(result.data.sessionToken)?.userId).toBe(admin.id);
		expect(await execute(ANONYMOUS, null, completeSetup, { ...form, email: 'autre@example.org', token })).toMatchObject({ ok: false, status: 400, code: 'auth_error_setup_used' });
		expect(db().select().from(users).all()).toHaveLength(1);
	});

	it('refuses an unknown token, and an address that already has an account next to the field', async () => {
		useTestDatabase();
		expect(await execute(ANONYMOUS, null, completeSetup, { ...form, token: 'inconnu' })).toMatchObject({ ok: false, code: 'auth_error_setup_used' });
		await createUser({ email: form.email, name: 'Déjà là' });
		const token = createSetupTokenIfNeeded()!;
		expect(await execute(ANONYMOUS, null, completeSetup, { ...form, token })).toMatchObject({ ok: false, status: 400, code: 'auth_error_email_taken', field: 'email' });
		expect(db().select().from(sessions).all()).toEqual([]);
	});
});

describe('account.acceptInvitation / acceptInvitationWithPassword', () => {
	const invite = (ctx: ReturnType<typeof setupCouncil>, email: string) =>
		createInvitation(
			{ councilId: ctx.council.id, email, name: 'Nadia Haddad', collegeId: ctx.colleges.sse.id, organisationName: 'Coopalim', organisationType: 'cooperative', roles: ['member'] },
			ctx.secretary.id,
			{ composeMail: testMail }
		);
	const membershipOf = (councilId: number, userId: number) =>
		db()
			.select()
			.from(memberships)
			.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)))
			.get();

	it('a newcomer creates the account, is a member and logged in; the link works once', async () => {
		const ctx = setupCouncil();
		const { token } = invite(ctx, 'nadia@example.org');
		const result = await execute(ANONYMOUS, null, acceptInvitationWithPassword, { token, name: 'Nadia H.', password: PASSWORD, confirm: PASSWORD });
		expect(result).toMatchObject({ ok: true, data: { councilSlug: 'conseil-test' } });
		if (!result.ok) return;
		const user = getUserByEmail('nadia@example.org')!;
		expect(membershipOf(ctx.council.id, user.id)?.roles).toEqual(['member']);
		expect(sessionOf(result.data.sessionToken)?.userId).toBe(user.id);
		// the address now has its account: whoever holds the link again is sent to log in, and nothing changes
		expect(await execute(ANONYMOUS, null, acceptInvitationWithPassword, { token, name: 'X', password: PASSWORD, confirm: PASSWORD })).toMatchObject({
			ok: false,
			status: 400,
			code: 'members_invitation_error_login_required'
		});
		expect(getUserByEmail('nadia@example.org')?.name).toBe('Nadia H.');
	});

	it('an address with a verified account must log in: a 400 shown on the form, not a login redirect', async () => {
		const ctx = setupCouncil();
		await createUser({ email: 'has@example.org', name: 'Has', password: PASSWORD });
		const { token } = invite(ctx, 'has@example.org');
		expect(await execute(ANONYMOUS, null, acceptInvitationWithPassword, { token, name: 'Has', password: PASSWORD, confirm: PASSWORD })).toMatchObject({
			ok: false,
			status: 400,
			code: 'members_invitation_error_login_required',
			field: 'form'
		});
	});

	it('a logged-in visitor is told the form is for someone else; logged in to the invited address, joins', async () => {
		const ctx = setupCouncil();
		const user = await createUser({ email: 'lea@example.org', name: 'Léa', password: PASSWORD });
		const { token } = invite(ctx, 'lea@example.org');
		expect(await execute(signedIn(user.id), null, acceptInvitationWithPassword, { token, name: 'Léa', password: PASSWORD, confirm: PASSWORD })).toMatchObject({
			ok: false,
			code: 'members_invitation_error_other_account'
		});
		expect(await execute(ANONYMOUS, null, acceptInvitation, { token })).toMatchObject({ ok: false, status: 401, code: 'common_error_login_required' });
		const other = await createUser({ email: 'autre@example.org', name: 'Autre' });
		expect(await execute(signedIn(other.id), null, acceptInvitation, { token })).toMatchObject({ ok: false, code: 'members_invitation_error_other_account' });
		expect(await execute(signedIn(user.id), null, acceptInvitation, { token })).toMatchObject({ ok: true, data: { councilSlug: 'conseil-test' } });
		expect(membershipOf(ctx.council.id, user.id)?.status).toBe('active');
	});
});

describe('account.acceptGuestLink / acceptGuestLinkWithAccount', () => {
	it('a newcomer gets an unverified account, a verification mail, the guest grant and a session', async () => {
		const s = workshopSetup();
		const link = createGuestLink(s.facilitator, s.workshopId, 'Régie de quartier');
		const result = await execute(ANONYMOUS, null, acceptGuestLinkWithAccount, { token: link.token, name: 'Gaëlle', email: 'Gaelle@Example.org', password: PASSWORD, confirm: PASSWORD });
		expect(result).toMatchObject({ ok: true, data: { workshopId: s.workshopId, councilSlug: s.council.slug } });
		if (!result.ok) return;
		const user = getUserByEmail('gaelle@example.org')!;
		expect(user.emailVerifiedAt, 'the address counts for nothing until verified').toBeNull();
		expect(db().select().from(emailVerifications).where(eq(emailVerifications.userId, user.id)).all()).toHaveLength(1);
		expect(db().select().from(outbox).where(eq(outbox.to, 'gaelle@example.org')).all()).toHaveLength(1);
		expect(isWorkshopGuest(s.workshopId, user.id)).toBe(true);
		expect(sessionOf(result.data.sessionToken)?.userId).toBe(user.id);
		expect(await execute(ANONYMOUS, null, acceptGuestLinkWithAccount, { token: link.token, name: 'Autre', email: 'autre@example.org', password: PASSWORD, confirm: PASSWORD })).toMatchObject({
			ok: false,
			status: 400,
			code: 'workshops_guest_error_unusable'
		});
	});

	it('an address that has an account is told to sign in next to the field; a signed-in visitor uses the other button', async () => {
		const s = workshopSetup();
		const link = createGuestLink(s.facilitator, s.workshopId, 'Invitée');
		const existing = await createUser({ email: 'deja@example.org', name: 'Déjà', password: PASSWORD });
		const form = { token: link.token, name: 'Déjà', email: 'deja@example.org', password: PASSWORD, confirm: PASSWORD };
		expect(await execute(ANONYMOUS, null, acceptGuestLinkWithAccount, form)).toMatchObject({ ok: false, status: 400, code: 'workshops_guest_error_login_required', field: 'email' });
		expect(await execute(signedIn(existing.id), null, acceptGuestLinkWithAccount, form)).toMatchObject({ ok: false, code: 'workshops_guest_error_signed_in' });
		expect(await execute(ANONYMOUS, null, acceptGuestLink, { token: link.token })).toMatchObject({ ok: false, status: 401 });
		expect(await execute(signedIn(existing.id), null, acceptGuestLink, { token: link.token })).toMatchObject({ ok: true, data: { workshopId: s.workshopId } });
		expect(isWorkshopGuest(s.workshopId, existing.id)).toBe(true);
	});
});

describe('account.switchLocale', () => {
	it('returns the language and a safe way back; anything else is refused', async () => {
		expect(await execute(ANONYMOUS, null, switchLocale, { locale: 'en', redirectTo: '/c/conseil?x=1' })).toEqual({ ok: true, data: { locale: 'en', redirectTo: '/c/conseil?x=1' } });
		expect(await execute(ANONYMOUS, null, switchLocale, { locale: 'fr', redirectTo: '//evil.example' })).toEqual({ ok: true, data: { locale: 'fr', redirectTo: '/' } });
		expect(await execute(ANONYMOUS, null, switchLocale, { locale: 'de' })).toMatchObject({ ok: false, status: 400, code: 'common_error_invalid_input' });
	});
});
