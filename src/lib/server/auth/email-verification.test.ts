// The workshop-guest hole of issue #14: an account made through a guest link with someone else's address must
// not receive that person's membership (even secretariat) from a later import or invitation.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { emailVerifications, sessions, users } from './tables';
import { outbox } from '../mail/tables';
import { invitations, memberships } from '../councils/tables';
import { setupCouncil, testMail } from '../councils/members.fixtures';
import { importMembers, previewImport } from '../councils/member-import';
import { acceptInvitationWithPassword, createInvitation, findInvitation } from '../councils/invitations';
import { insertWorkshop } from '../workshops/workshops';
import { acceptGuestLinkWithAccount, createGuestLink } from '../workshops/guests';
import { actorFor } from '../proposals/access';
import { DomainError } from '../errors';
import { confirmEmailVerification, EMAIL_VERIFICATION_LIFETIME, findEmailVerification, isEmailVerified, resendEmailVerification } from './email-verification';
import { createSession, generateToken, validateSessionToken } from './session';
import { insertUser } from './users';
import { ensureConfiguredAdmin } from './bootstrap';

const VICTIM = 'victime@example.org';
const HEADER = 'nom,email,organisation,type_organisation,collège,rôles';

function code(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return 'ok';
}

/** The last link mailed to an address (the outbox is what would be sent). */
function mailedLink(to: string, path: string): string {
	const mail = db().select().from(outbox).where(eq(outbox.to, to)).all().at(-1);
	const match = mail?.body.match(new RegExp(`https?://[^\\s]+/${path}/([a-z0-9]+)`));
	if (!match) throw new Error(`no ${path} link mailed to ${to}`);
	return match[1];
}

describe('accounts made through a workshop guest link', () => {
	let ctx: ReturnType<typeof setupCouncil>;
	let guestId: number;
	beforeEach(async () => {
		ctx = setupCouncil();
		const workshopId = db().transaction((tx) => insertWorkshop(tx, ctx.council.id, { title: 'Atelier', year: 2026, themeId: null, mandate: 'm', facilitatorIds: [ctx.secretary.id] }, null)).id;
		const link = createGuestLink(actorFor(ctx.secretary.id, ctx.council.id), workshopId, 'Invité');
		// A stranger signs up with the victim's address.
		guestId = (await acceptGuestLinkWithAccount(link.token, { name: 'Intrus', email: VICTIM, password: 'mot de passe secret' })).userId;
	});

	it('start unverified, and a verification link is mailed through the outbox', () => {
		expect(isEmailVerified(guestId)).toBe(false);
		const token = mailedLink(VICTIM, 'verify-email');
		expect(findEmailVerification(token)).toMatchObject({ state: 'valid', userId: guestId, email: VICTIM });
		expect(db().select().from(emailVerifications).all()).toHaveLength(1);
	});

	it('do not receive the membership of an import of their address: an invitation is mailed instead', () => {
		const text = `${HEADER}\nVéritable Personne,${VICTIM},,,Collectivités,secretariat`;
		expect(previewImport(ctx.council.id, text).rows[0].outcome).toBe('new');
		const result = importMembers(ctx.council.id, text, ctx.secretary.id, { composeMail: testMail });
		expect(result).toMatchObject({ ok: true, imported: 1, created: 0, invited: 1 });
		expect(db().select().from(memberships).where(eq(memberships.userId, guestId)).all()).toEqual([]);
		expect(db().select().from(invitations).where(eq(invitations.email, VICTIM)).all()).toHaveLength(1);
		mailedLink(VICTIM, 'invitations');
	});

	it('are taken over by whoever follows the mailed invitation: password chosen, address verified, old sessions ended', async () => {
		const strangerSession = generateToken();
		createSession(strangerSession, guestId);
		importMembers(ctx.council.id, `${HEADER}\nVéritable Personne,${VICTIM},,,Collectivités,secretariat`, ctx.secretary.id, { composeMail: testMail });
		const token = mailedLink(VICTIM, 'invitations');
		// The invitation page asks for a new password, not for the stranger's.
		expect(findInvitation(token)?.account).toEqual({ exists: true, hasPassword: false });
		const accepted = await acceptInvitationWithPassword(token, { name: 'Véritable Personne', password: 'le vrai mot de passe' });
		expect(accepted.userId).toBe(guestId);
		expect(isEmailVerified(guestId)).toBe(true);
		expect(validateSessionToken(strangerSession)).toBeNull();
		expect(db().select().from(sessions).where(eq(sessions.userId, guestId)).all()).toEqual([]);
		expect(db().select().from(memberships).where(eq(memberships.userId, guestId)).get()).toMatchObject({ roles: ['secretariat'], status: 'active' });
	});

	it('do not count as an existing account for an invitation either', () => {
		createInvitation(
			{ councilId: ctx.council.id, email: VICTIM, name: 'Véritable', collegeId: ctx.colleges.sse.id, organisationName: '', organisationType: 'other', roles: ['member'] },
			ctx.secretary.id,
			{ composeMail: testMail }
		);
		expect(findInvitation(mailedLink(VICTIM, 'invitations'))?.account.hasPassword).toBe(false);
	});

	it('are verified by following the mailed link while logged in to that account, once', () => {
		const token = mailedLink(VICTIM, 'verify-email');
		expect(code(() => confirmEmailVerification(token, ctx.secretary.id))).toBe('auth_verify_error_other_account');
		expect(isEmailVerified(guestId)).toBe(false);
		expect(code(() => confirmEmailVerification(token, guestId))).toBe('ok');
		expect(isEmailVerified(guestId)).toBe(true);
		expect(code(() => confirmEmailVerification(token, guestId))).toBe('auth_verify_error_unusable');
		// Once verified, an import attaches the membership as for any account.
		const result = importMembers(ctx.council.id, `${HEADER}\nIntrus,${VICTIM},,,Collectivités,member`, ctx.secretary.id, { composeMail: testMail });
		expect(result).toMatchObject({ ok: true, created: 0, invited: 0 });
		expect(db().select().from(memberships).where(eq(memberships.userId, guestId)).all()).toHaveLength(1);
	});

	it('refuse an expired link, and a new one can be sent', () => {
		const old = mailedLink(VICTIM, 'verify-email');
		const later = Date.now() + EMAIL_VERIFICATION_LIFETIME + 1;
		expect(findEmailVerification(old, later).state).toBe('expired');
		expect(code(() => confirmEmailVerification(old, guestId, later))).toBe('auth_verify_error_unusable');
		resendEmailVerification(guestId, later);
		const fresh = mailedLink(VICTIM, 'verify-email');
		expect(fresh).not.toBe(old);
		expect(findEmailVerification(old, later).state).toBe('not_found');
		expect(code(() => confirmEmailVerification(fresh, guestId, later))).toBe('ok');
		expect(code(() => resendEmailVerification(guestId))).toBe('auth_verify_error_already');
	});

	it('are not promoted by ADMIN_EMAIL: the operator takes the account over with ADMIN_PASSWORD', async () => {
		const strangerSession = generateToken();
		createSession(strangerSession, guestId);
		expect(await ensureConfiguredAdmin(VICTIM, 'mot de passe de l’exploitant')).toBe('promoted');
		const row = db().select().from(users).where(eq(users.id, guestId)).get()!;
		expect(row.isAdmin).toBe(true);
		expect(row.emailVerifiedAt).not.toBeNull();
		expect(validateSessionToken(strangerSession)).toBeNull();
	});
});

describe('accounts made any other way', () => {
	it('are verified by construction', () => {
		setupCouncil();
		const user = db().transaction((tx) => insertUser(tx, { email: 'someone@example.org', name: 'Someone' }));
		expect(user.emailVerifiedAt).toBeInstanceOf(Date);
	});
});
