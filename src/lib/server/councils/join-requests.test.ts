import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { councils, joinRequests, memberships } from './tables';
import { auditLog } from '../audit/tables';
import { listOutbox } from '../mail/outbox';
import { subscribe, type DomainEvent } from '../events/bus';
import { acceptInvitationWithPassword } from './invitations';
import { CONFIRM_LIFETIME, confirmJoinRequest, countPendingJoinRequests, findJoinRequest, listPendingJoinRequests, requestToJoin, type JoinRequestInput } from './join-requests';
import { acceptJoinRequest, declineJoinRequest } from './join-decisions';
import { setMemberStatus } from './members';
import { addMember, counts, setupCouncil } from './members.fixtures';

const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);
let fx: ReturnType<typeof setupCouncil>;

function codeOf(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return undefined;
}

const input = (over: Partial<JoinRequestInput> = {}): JoinRequestInput => ({
	name: 'Nadia Nouvelle',
	email: 'Nadia@Example.org',
	organisationName: 'Recyclerie du Neudorf',
	organisationType: 'association',
	siret: '73282932000074',
	collegeId: fx.colleges.sse.id,
	motivation: 'Nous voulons contribuer à l’économie circulaire.',
	locale: 'fr',
	...over
});
const open = (on = true) => db().update(councils).set({ joinRequestsOpen: on }).where(eq(councils.id, fx.council.id)).run();
const lastMail = () => listOutbox(100).at(-1)!;
const linkIn = (body: string) => /https?:\/\/\S+/.exec(body)![0];
const tokenIn = (body: string) => linkIn(body).split('/').pop()!;
const audit = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action)).all();

beforeEach(() => {
	fx = setupCouncil();
});

describe('asking to join', () => {
	it('is refused while the council’s setting is off, and on a private council', () => {
		expect(codeOf(() => requestToJoin(fx.council.id, input(), T0))).toBe('members_join_error_closed');
		open();
		db().update(councils).set({ isPublic: false }).where(eq(councils.id, fx.council.id)).run();
		expect(codeOf(() => requestToJoin(fx.council.id, input(), T0))).toBe('members_join_error_closed');
		expect(counts().mails).toBe(0);
	});

	it('mails a confirmation link; confirming puts the request in the queue, once', () => {
		open();
		const events: DomainEvent[] = [];
		const off = subscribe((e) => events.push(e));
		const { id, token } = requestToJoin(fx.council.id, input(), T0);
		const mail = lastMail();
		expect(mail.to).toBe('nadia@example.org');
		expect(mail.subject).toBe('Confirmez votre demande pour rejoindre « Conseil test »');
		expect(linkIn(mail.body)).toMatch(new RegExp(`/c/conseil-test/join/${token}$`));
		expect(db().select().from(joinRequests).get()).toMatchObject({ id, status: 'unconfirmed', email: 'nadia@example.org', siret: '73282932000074' });
		expect(countPendingJoinRequests(fx.council.id)).toBe(0);
		expect(findJoinRequest(fx.council.id, token, T0)).toMatchObject({ id, state: 'unconfirmed', name: 'Nadia Nouvelle' });
		expect(findJoinRequest(fx.council.id + 1, token, T0)).toBeUndefined();

		expect(confirmJoinRequest(fx.council.id, token, T0 + 1000)).toEqual({ id, already: false });
		expect(confirmJoinRequest(fx.council.id, token, T0 + 2000)).toEqual({ id, already: true });
		expect(countPendingJoinRequests(fx.council.id)).toBe(1);
		expect(listPendingJoinRequests(fx.council.id)).toMatchObject([{ id, name: 'Nadia Nouvelle', collegeName: 'Acteurs de l’ESS', organisationName: 'Recyclerie du Neudorf' }]);
		expect(audit('join_request.create')).toHaveLength(1);
		expect(audit('join_request.confirm')).toHaveLength(1);
		off();
		expect(events.filter((e) => e.type === 'join_request.changed')).toHaveLength(2);
	});

	it('refuses duplicates: a request waiting (confirmed or not), an active member; a college of the council is required', () => {
		open();
		const { token } = requestToJoin(fx.council.id, input(), T0);
		expect(codeOf(() => requestToJoin(fx.council.id, input({ email: 'nadia@example.org ' }), T0 + 1))).toBe('members_join_error_unconfirmed');
		confirmJoinRequest(fx.council.id, token, T0 + 2);
		expect(codeOf(() => requestToJoin(fx.council.id, input(), T0 + 3))).toBe('members_join_error_pending');
		addMember(fx.council.id, { email: 'paul@example.org', name: 'Paul', collegeId: fx.colleges.sse.id });
		expect(codeOf(() => requestToJoin(fx.council.id, input({ email: 'paul@example.org' }), T0))).toBe('members_join_error_member');
		expect(codeOf(() => requestToJoin(fx.council.id, input({ email: 'x@example.org', collegeId: null }), T0))).toBe('members_error_college_required');
		expect(codeOf(() => requestToJoin(fx.council.id, input({ email: 'x@example.org', collegeId: 9999 }), T0))).toBe('members_error_college_unknown');
	});

	it('lets an unconfirmed request lapse after 48 hours: its link is refused and the address may ask again', () => {
		open();
		const { token } = requestToJoin(fx.council.id, input(), T0);
		expect(codeOf(() => confirmJoinRequest(fx.council.id, token, T0 + CONFIRM_LIFETIME))).toBe('members_join_error_expired');
		expect(findJoinRequest(fx.council.id, token, T0 + CONFIRM_LIFETIME)?.state).toBe('expired');
		expect(codeOf(() => confirmJoinRequest(fx.council.id, 'nope', T0))).toBe('members_join_error_not_found');
		expect(requestToJoin(fx.council.id, input(), T0 + CONFIRM_LIFETIME).id).toBeGreaterThan(0);
	});
});

describe('deciding on a request', () => {
	function pending(over: Partial<JoinRequestInput> = {}) {
		open();
		const { id, token } = requestToJoin(fx.council.id, input(over), T0);
		confirmJoinRequest(fx.council.id, token, T0 + 1000);
		return id;
	}

	it('accepting a newcomer creates the account and the membership in one go, and mails a link to choose a password', async () => {
		const id = pending();
		const before = counts();
		const result = acceptJoinRequest(fx.council.id, id, { collegeId: fx.colleges.authorities.id, role: 'observer' }, fx.secretary.id, T0 + 2000);
		expect(result.accountCreated).toBe(true);
		expect(counts()).toEqual({ users: before.users + 1, memberships: before.memberships + 1, mails: before.mails + 1 });
		const user = db().select().from(users).where(eq(users.email, 'nadia@example.org')).get()!;
		expect(user).toMatchObject({ name: 'Nadia Nouvelle', passwordHash: null });
		const membership = db().select().from(memberships).where(eq(memberships.userId, user.id)).get()!;
		expect(membership).toMatchObject({ councilId: fx.council.id, collegeId: fx.colleges.authorities.id, roles: ['observer'], status: 'active' });
		const mail = lastMail();
		expect(mail.subject).toBe('Votre demande pour rejoindre « Conseil test » est acceptée');
		expect(linkIn(mail.body)).toMatch(/\/invitations\/[a-z0-9]+$/);
		expect(db().select().from(joinRequests).where(eq(joinRequests.id, id)).get()).toMatchObject({ status: 'accepted', decidedBy: fx.secretary.id, membershipId: membership.id });
		expect(audit('join_request.accept')[0]).toMatchObject({ actorId: fx.secretary.id, entityId: String(id) });
		expect(countPendingJoinRequests(fx.council.id)).toBe(0);

		// the link sets the password; the membership chosen by the secretariat stays as it is
		const accepted = await acceptInvitationWithPassword(tokenIn(mail.body), { name: 'Nadia Nouvelle', password: 'une longue phrase de passe' }, T0 + 3000);
		expect(accepted).toMatchObject({ outcome: 'already_member', membershipId: membership.id });
		expect(db().select().from(users).where(eq(users.id, user.id)).get()!.passwordHash).not.toBeNull();
		expect(db().select().from(memberships).where(eq(memberships.userId, user.id)).get()).toMatchObject({ roles: ['observer'] });

		// decided once only
		expect(codeOf(() => acceptJoinRequest(fx.council.id, id, { collegeId: fx.colleges.sse.id, role: 'member' }, fx.secretary.id))).toBe('members_join_error_not_pending');
	});

	it('accepting someone who has an account adds the membership (reactivating an old one) and tells them in their language', () => {
		const old = addMember(fx.council.id, { email: 'nadia@example.org', name: 'Nadia', collegeId: fx.colleges.sse.id });
		setMemberStatus(fx.council.id, old.id, 'deactivated', fx.secretary.id);
		const id = pending({ locale: 'en' });
		const before = counts();
		const result = acceptJoinRequest(fx.council.id, id, { collegeId: fx.colleges.sse.id, role: 'member' }, fx.secretary.id);
		expect(result).toMatchObject({ accountCreated: false, invitationId: null, membershipId: old.id });
		expect(counts()).toEqual({ users: before.users, memberships: before.memberships, mails: before.mails + 1 });
		expect(db().select().from(memberships).where(eq(memberships.id, old.id)).get()).toMatchObject({ status: 'active', roles: ['member'] });
		expect(lastMail().subject).toBe('Your request to join “Conseil test” is accepted');
		expect(lastMail().body).not.toContain('/invitations/');
	});

	it('refuses a college of another council, and rolls everything back', () => {
		const id = pending();
		const before = counts();
		expect(codeOf(() => acceptJoinRequest(fx.council.id, id, { collegeId: 9999, role: 'member' }, fx.secretary.id))).toBe('members_error_college_unknown');
		expect(counts()).toEqual(before);
		// a request of another council is not found from this one
		expect(codeOf(() => acceptJoinRequest(fx.council.id + 1, id, { collegeId: null, role: 'member' }, fx.secretary.id))).toBe('members_join_error_not_pending');
	});

	it('declining needs a reason, mails it, and lets the address ask again later', () => {
		const id = pending();
		expect(codeOf(() => declineJoinRequest(fx.council.id, id, { reason: '  ' }, fx.secretary.id))).toBe('members_join_v_reason');
		declineJoinRequest(fx.council.id, id, { reason: 'Le conseil est réservé aux acteurs du territoire.' }, fx.secretary.id);
		expect(lastMail().body).toContain('Le conseil est réservé aux acteurs du territoire.');
		expect(db().select().from(joinRequests).where(eq(joinRequests.id, id)).get()).toMatchObject({ status: 'declined' });
		expect(audit('join_request.decline')).toHaveLength(1);
		expect(db().select().from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(eq(users.email, 'nadia@example.org'))).all()).toEqual([]);
		expect(codeOf(() => declineJoinRequest(fx.council.id, id, { reason: 'encore' }, fx.secretary.id))).toBe('members_join_error_not_pending');
		expect(requestToJoin(fx.council.id, input(), T0 + 5000).id).toBeGreaterThan(id);
	});
});
