import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { councils, joinRequests, memberships } from './tables';
import { auditLog } from '../audit/tables';
import { listOutbox } from '../mail/outbox';
import { subscribe, type DomainEvent } from '../events/bus';
import { ANONYMOUS, type Actor } from '../auth/permissions';
import { perform } from '../actions/perform';
import { actorFor } from '../proposals/access';
import { getCouncilById } from './councils';
import { acceptInvitationWithPassword } from './invitations';
import { CONFIRM_LIFETIME, countPendingJoinRequests, findJoinRequest, listPendingJoinRequests, type JoinRequestInput } from './join-requests';
import { acceptJoinRequest, confirmJoinRequest, declineJoinRequest, requestJoin } from './actions';
import { setMemberStatus } from './members';
import { addMember, codeOf, counts, setupCouncil } from './members.fixtures';

let fx: ReturnType<typeof setupCouncil>;

type Ask = Omit<JoinRequestInput, 'siret' | 'collegeId'> & { siret: string; collegeId: number | '' };
const input = (over: Partial<Ask> = {}): Ask => ({
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
const council = () => getCouncilById(fx.council.id)!;
const secretariat = (): Actor => actorFor(fx.secretary.id, fx.council.id);
const requestToJoin = (over: Partial<Ask> = {}, who: Actor = ANONYMOUS) => perform(who, council(), requestJoin, input(over));
const confirm = (token: string) => perform(ANONYMOUS, council(), confirmJoinRequest, { token });
const accept = (requestId: number, collegeId: number | '', role = 'member') => perform(secretariat(), council(), acceptJoinRequest, { requestId, collegeId, role });
const decline = (requestId: number, reason: string) => perform(secretariat(), council(), declineJoinRequest, { requestId, reason });
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
		expect(codeOf(() => requestToJoin())).toBe('members_join_error_closed');
		open();
		db().update(councils).set({ isPublic: false }).where(eq(councils.id, fx.council.id)).run();
		// a private council is closed to anyone who is not a member: the permission itself refuses
		expect(codeOf(() => requestToJoin())).toBe('common_error_login_required');
		expect(counts().mails).toBe(0);
	});

	it('mails a confirmation link; confirming puts the request in the queue, once', () => {
		open();
		const events: DomainEvent[] = [];
		const off = subscribe((e) => events.push(e));
		const { id, token } = requestToJoin();
		const mail = lastMail();
		expect(mail.to).toBe('nadia@example.org');
		expect(mail.subject).toBe('Confirmez votre demande pour rejoindre « Conseil test »');
		expect(linkIn(mail.body)).toMatch(new RegExp(`/c/conseil-test/join/${token}$`));
		expect(db().select().from(joinRequests).get()).toMatchObject({ id, status: 'unconfirmed', email: 'nadia@example.org', siret: '73282932000074' });
		expect(countPendingJoinRequests(fx.council.id)).toBe(0);
		expect(findJoinRequest(fx.council.id, token)).toMatchObject({ id, state: 'unconfirmed', name: 'Nadia Nouvelle' });
		expect(findJoinRequest(fx.council.id + 1, token)).toBeUndefined();

		expect(confirm(token)).toEqual({ id, already: false });
		expect(confirm(token)).toEqual({ id, already: true });
		expect(countPendingJoinRequests(fx.council.id)).toBe(1);
		expect(listPendingJoinRequests(fx.council.id)).toMatchObject([{ id, name: 'Nadia Nouvelle', collegeName: 'Acteurs de l’ESS', organisationName: 'Recyclerie du Neudorf' }]);
		expect(audit('join_request.create')).toHaveLength(1);
		expect(audit('join_request.confirm')).toHaveLength(1);
		off();
		expect(events.filter((e) => e.type === 'join_request.changed')).toHaveLength(2);
	});

	it('refuses duplicates: a request waiting (confirmed or not), an active member; a college of the council is required', () => {
		open();
		const { token } = requestToJoin();
		expect(codeOf(() => requestToJoin({ email: 'nadia@example.org ' }))).toBe('members_join_error_unconfirmed');
		confirm(token);
		expect(codeOf(() => requestToJoin())).toBe('members_join_error_pending');
		addMember(fx.council.id, { email: 'paul@example.org', name: 'Paul', collegeId: fx.colleges.sse.id });
		expect(codeOf(() => requestToJoin({ email: 'paul@example.org' }))).toBe('members_join_error_member');
		expect(codeOf(() => requestToJoin({ email: 'x@example.org', collegeId: '' }))).toBe('members_error_college_required');
		expect(codeOf(() => requestToJoin({ email: 'x@example.org', collegeId: 9999 }))).toBe('members_join_college_not_found');
		// a wrong SIRET never reaches the service
		expect(codeOf(() => requestToJoin({ email: 'x@example.org', siret: '73282932000075' }))).toBe('common_error_invalid_input');
	});

	it('lets an unconfirmed request lapse after 48 hours: its link is refused and the address may ask again', () => {
		open();
		const { id, token } = requestToJoin();
		const sent = db().select().from(joinRequests).where(eq(joinRequests.id, id)).get()!;
		expect(sent.tokenExpiresAt.getTime() - sent.createdAt.getTime()).toBe(CONFIRM_LIFETIME);
		db()
			.update(joinRequests)
			.set({ tokenExpiresAt: new Date(Date.now() - 1) })
			.where(eq(joinRequests.id, id))
			.run();
		expect(codeOf(() => confirm(token))).toBe('members_join_error_expired');
		expect(findJoinRequest(fx.council.id, token)?.state).toBe('expired');
		expect(codeOf(() => confirm('nope'))).toBe('members_join_error_not_found');
		expect(requestToJoin().id).toBeGreaterThan(0);
	});
});

describe('deciding on a request', () => {
	function pending(over: Partial<Ask> = {}) {
		open();
		const { id, token } = requestToJoin(over);
		confirm(token);
		return id;
	}

	it('accepting a newcomer creates the account and the membership in one go, and mails a link to choose a password', async () => {
		const id = pending();
		const before = counts();
		const result = accept(id, fx.colleges.authorities.id, 'observer');
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
		const accepted = await acceptInvitationWithPassword(tokenIn(mail.body), { name: 'Nadia Nouvelle', password: 'une longue phrase de passe' });
		expect(accepted).toMatchObject({ outcome: 'already_member', membershipId: membership.id });
		expect(db().select().from(users).where(eq(users.id, user.id)).get()!.passwordHash).not.toBeNull();
		expect(db().select().from(memberships).where(eq(memberships.userId, user.id)).get()).toMatchObject({ roles: ['observer'] });

		// decided once only
		expect(codeOf(() => accept(id, fx.colleges.sse.id))).toBe('members_join_error_not_pending');
	});

	it('accepting someone who has an account adds the membership (reactivating an old one) and tells them in their language', () => {
		const old = addMember(fx.council.id, { email: 'nadia@example.org', name: 'Nadia', collegeId: fx.colleges.sse.id });
		setMemberStatus(fx.council.id, old.id, 'deactivated', fx.secretary.id);
		const id = pending({ locale: 'en' });
		const before = counts();
		const result = accept(id, fx.colleges.sse.id);
		expect(result).toMatchObject({ accountCreated: false, invitationId: null, membershipId: old.id });
		expect(counts()).toEqual({ users: before.users, memberships: before.memberships, mails: before.mails + 1 });
		expect(db().select().from(memberships).where(eq(memberships.id, old.id)).get()).toMatchObject({ status: 'active', roles: ['member'] });
		expect(lastMail().subject).toBe('Your request to join “Conseil test” is accepted');
		expect(lastMail().body).not.toContain('/invitations/');
	});

	it('refuses a college of another council, and rolls everything back', () => {
		const id = pending();
		const before = counts();
		expect(codeOf(() => accept(id, 9999))).toBe('members_join_college_not_found');
		expect(counts()).toEqual(before);
		// only the secretariat decides
		expect(codeOf(() => perform(ANONYMOUS, council(), acceptJoinRequest, { requestId: id, collegeId: fx.colleges.sse.id, role: 'member' }))).toBe('common_error_login_required');
		expect(codeOf(() => accept(id + 1000, fx.colleges.sse.id))).toBe('members_join_request_not_found');
	});

	it('declining needs a reason, mails it, and lets the address ask again later', () => {
		const id = pending();
		expect(codeOf(() => decline(id, '  '))).toBe('common_error_invalid_input');
		decline(id, 'Le conseil est réservé aux acteurs du territoire.');
		expect(lastMail().body).toContain('Le conseil est réservé aux acteurs du territoire.');
		expect(db().select().from(joinRequests).where(eq(joinRequests.id, id)).get()).toMatchObject({ status: 'declined' });
		expect(audit('join_request.decline')).toHaveLength(1);
		expect(
			db()
				.select()
				.from(memberships)
				.innerJoin(users, eq(users.id, memberships.userId))
				.where(and(eq(users.email, 'nadia@example.org')))
				.all()
		).toEqual([]);
		expect(codeOf(() => decline(id, 'encore'))).toBe('members_join_error_not_pending');
		expect(requestToJoin().id).toBeGreaterThan(id);
	});
});
