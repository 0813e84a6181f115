import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { invitations, memberships } from './tables';
import { auditLog } from '../audit/tables';
import { listOutbox } from '../mail/outbox';
import { verifyPassword } from '../auth/password';
import { subscribe, type DomainEvent } from '../events/bus';
import { INVITATION_LIFETIME, acceptInvitationAsUser, acceptInvitationWithPassword, createInvitation, findInvitation, listPendingInvitations, revokeInvitation } from './invitations';
import { setMemberStatus } from './members';
import { addMember, codeOf, counts, setupCouncil, testMail } from './members.fixtures';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

async function asyncCodeOf(fn: () => Promise<unknown>): Promise<string | undefined> {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return undefined;
}

describe('invitations', () => {
	let ctx: ReturnType<typeof setupCouncil>;
	const invite = (email: string, extra: Partial<Parameters<typeof createInvitation>[0]> = {}, now = T0) =>
		createInvitation(
			{
				councilId: ctx.council.id,
				email,
				name: 'Nadia Haddad',
				collegeId: ctx.colleges.sse.id,
				organisationName: 'Coopérative Coopalim',
				organisationType: 'cooperative',
				roles: ['member', 'evaluator'],
				...extra
			},
			ctx.secretary.id,
			{ composeMail: testMail, now }
		);

	beforeEach(() => {
		ctx = setupCouncil();
	});

	it('stores only the token hash, queues the mail with the link, and expires after 14 days', () => {
		const events: DomainEvent[] = [];
		const stop = subscribe((e) => events.push(e));
		const created = invite(' Nadia@Example.org ');
		stop();
		expect(created.url).toMatch(new RegExp(`/invitations/${created.token}$`));
		const row = db().select().from(invitations).where(eq(invitations.id, created.id)).get()!;
		expect(row.tokenHash).not.toBe(created.token);
		expect(row.tokenHash).toHaveLength(64);
		expect(row.email).toBe('nadia@example.org');
		expect(row.expiresAt.getTime() - T0).toBe(INVITATION_LIFETIME);
		expect(INVITATION_LIFETIME).toBe(14 * DAY);
		const mail = listOutbox().at(-1)!;
		expect(mail.to).toBe('nadia@example.org');
		expect(mail.body).toContain(created.url);
		expect(events).toEqual([{ type: 'invitation.changed', councilId: ctx.council.id, invitationId: created.id }]);
		expect(db().select().from(auditLog).where(eq(auditLog.action, 'invitation.create')).all()).toHaveLength(1);
		expect(listPendingInvitations(ctx.council.id, T0).map((i) => i.email)).toEqual(['nadia@example.org']);
	});

	it('refuses an address that is already an active member, next to the email field', () => {
		addMember(ctx.council.id, { email: 'karim@example.org', name: 'Karim', collegeId: ctx.colleges.sse.id });
		try {
			invite('KARIM@example.org');
			expect.unreachable();
		} catch (e) {
			expect((e as DomainError).code).toBe('members_error_already_member');
			expect((e as DomainError).field).toBe('email');
		}
	});

	it('sends a new link to an active member who never chose a password (an expired import invitation)', async () => {
		const m = addMember(ctx.council.id, { email: 'imported@example.org', name: 'Imported', collegeId: ctx.colleges.sse.id, password: false });
		const first = invite('imported@example.org');
		const second = invite('imported@example.org', {}, T0 + 20 * DAY);
		expect(findInvitation(first.token, T0 + 20 * DAY)?.state).toBe('revoked');
		const result = await acceptInvitationWithPassword(second.token, { name: 'Imported', password: 'une phrase assez longue' }, T0 + 21 * DAY);
		expect(result).toMatchObject({ membershipId: m.id, outcome: 'already_member' });
	});

	it('refuses a college of another council and requires one when the council has colleges', () => {
		expect(codeOf(() => invite('a@example.org', { collegeId: 9999 }))).toBe('members_error_college_unknown');
		expect(codeOf(() => invite('a@example.org', { collegeId: null }))).toBe('members_error_college_required');
	});

	it('creates the account and the membership, and can be used only once', async () => {
		const { token } = invite('nadia@example.org');
		expect(findInvitation(token, T0 + DAY)?.state).toBe('valid');
		const before = counts();
		const result = await acceptInvitationWithPassword(token, { name: 'Nadia H.', password: 'une phrase assez longue' }, T0 + DAY);
		expect(result.councilSlug).toBe('conseil-test');
		const user = db().select().from(users).where(eq(users.email, 'nadia@example.org')).get()!;
		expect(user.name).toBe('Nadia H.');
		expect(await verifyPassword(user.passwordHash!, 'une phrase assez longue')).toBe(true);
		const membership = db().select().from(memberships).where(eq(memberships.userId, user.id)).get()!;
		expect(membership).toMatchObject({ councilId: ctx.council.id, collegeId: ctx.colleges.sse.id, roles: ['member', 'evaluator'], status: 'active' });
		expect(counts().users).toBe(before.users + 1);
		expect(findInvitation(token, T0 + DAY)?.state).toBe('used');

		// a second acceptance, in another tab or as the same person, is refused and changes nothing
		const after = counts();
		expect(await asyncCodeOf(() => acceptInvitationWithPassword(token, { name: 'X', password: 'une autre phrase longue' }, T0 + DAY))).toBe('members_invitation_error_login_required');
		expect(codeOf(() => acceptInvitationAsUser(token, user.id, T0 + DAY))).toBe('members_invitation_error_used');
		expect(counts()).toEqual(after);
		expect(listPendingInvitations(ctx.council.id, T0 + DAY)).toHaveLength(0);
	});

	it('refuses an invitation accepted 15 days later (expired), and says so', async () => {
		const { token } = invite('late@example.org');
		expect(findInvitation(token, T0 + 13 * DAY)?.state).toBe('valid');
		expect(findInvitation(token, T0 + 15 * DAY)?.state).toBe('expired');
		const before = counts();
		expect(await asyncCodeOf(() => acceptInvitationWithPassword(token, { name: 'Late', password: 'une phrase assez longue' }, T0 + 15 * DAY))).toBe('members_invitation_error_expired');
		expect(counts()).toEqual(before);
		expect(listPendingInvitations(ctx.council.id, T0 + 15 * DAY)).toHaveLength(0);
	});

	it('refuses a revoked invitation', async () => {
		const { id, token } = invite('revoked@example.org');
		revokeInvitation(ctx.council.id, id, ctx.secretary.id, T0 + DAY);
		expect(findInvitation(token, T0 + DAY)?.state).toBe('revoked');
		expect(listPendingInvitations(ctx.council.id, T0 + DAY)).toHaveLength(0);
		expect(await asyncCodeOf(() => acceptInvitationWithPassword(token, { name: 'R', password: 'une phrase assez longue' }, T0 + DAY))).toBe('members_invitation_error_revoked');
		expect(codeOf(() => revokeInvitation(ctx.council.id, id, ctx.secretary.id, T0 + DAY))).toBe('members_error_invitation_not_pending');
	});

	it('a new invitation to the same address replaces the pending one', () => {
		const first = invite('twice@example.org');
		const second = invite('twice@example.org', {}, T0 + DAY);
		expect(findInvitation(first.token, T0 + DAY)?.state).toBe('revoked');
		expect(findInvitation(second.token, T0 + DAY)?.state).toBe('valid');
	});

	it('an unknown token finds nothing', () => {
		expect(findInvitation('nope', T0)).toBeUndefined();
	});

	it('a logged-in person accepts with their own account only', () => {
		const other = addMember(ctx.council.id, { email: 'other@example.org', name: 'Other', collegeId: ctx.colleges.sse.id });
		const { token } = invite('claire@example.org');
		expect(codeOf(() => acceptInvitationAsUser(token, other.userId, T0))).toBe('members_invitation_error_other_account');
		const claire = db().insert(users).values({ email: 'claire@example.org', name: 'Claire', passwordHash: 'x' }).returning().get();
		const result = acceptInvitationAsUser(token, claire.id, T0);
		expect(result.outcome).toBe('joined');
	});

	it('an account with a password must log in; a passwordless imported account sets its password', async () => {
		db()
			.insert(users)
			.values({ email: 'haspw@example.org', name: 'Has', passwordHash: 'x', emailVerifiedAt: new Date(T0) })
			.run();
		const a = invite('haspw@example.org');
		expect(findInvitation(a.token, T0)?.account).toEqual({ exists: true, hasPassword: true });
		expect(await asyncCodeOf(() => acceptInvitationWithPassword(a.token, { name: 'Has', password: 'une phrase assez longue' }, T0))).toBe('members_invitation_error_login_required');

		db().insert(users).values({ email: 'nopw@example.org', name: 'Imported' }).run();
		const b = invite('nopw@example.org');
		expect(findInvitation(b.token, T0)?.account).toEqual({ exists: true, hasPassword: false });
		const result = await acceptInvitationWithPassword(b.token, { name: 'Imported Person', password: 'une phrase assez longue' }, T0);
		const user = db().select().from(users).where(eq(users.id, result.userId)).get()!;
		expect(user.passwordHash).not.toBeNull();
		expect(user.name).toBe('Imported Person');
	});

	it('reactivates a deactivated member with the invitation’s college and roles', () => {
		const m = addMember(ctx.council.id, { email: 'back@example.org', name: 'Back', collegeId: ctx.colleges.authorities.id, roles: ['observer'] });
		setMemberStatus(ctx.council.id, m.id, 'deactivated', ctx.secretary.id, T0);
		const { token } = invite('back@example.org', {}, T0 + DAY);
		const result = acceptInvitationAsUser(token, m.userId, T0 + DAY);
		expect(result).toMatchObject({ membershipId: m.id, outcome: 'reactivated' });
		const row = db().select().from(memberships).where(eq(memberships.id, m.id)).get()!;
		expect(row).toMatchObject({ status: 'active', deactivatedAt: null, roles: ['member', 'evaluator'], collegeId: ctx.colleges.sse.id });
	});

	it('deactivating a member revokes their pending invitation', () => {
		const m = addMember(ctx.council.id, { email: 'gone@example.org', name: 'Gone', collegeId: ctx.colleges.sse.id, password: false });
		setMemberStatus(ctx.council.id, m.id, 'deactivated', ctx.secretary.id, T0);
		const { token } = invite('gone@example.org', {}, T0);
		setMemberStatus(ctx.council.id, m.id, 'active', ctx.secretary.id, T0);
		setMemberStatus(ctx.council.id, m.id, 'deactivated', ctx.secretary.id, T0);
		expect(findInvitation(token, T0)?.state).toBe('revoked');
	});
});
