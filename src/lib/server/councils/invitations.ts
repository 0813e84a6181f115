// Invitations to join a council: single-use links valid 14 days. Only the sha256 of the token is stored;
// the link is shown once to the secretariat and sent by mail (outbox). Accepting creates or reactivates
// the membership, and creates the account (or sets the password of a passwordless imported account).
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { colleges, councils, invitations, memberships } from './tables';
import { sessions, users } from '../auth/tables';
import { generateToken, hashToken } from '../auth/session';
import { getUserByEmail, insertUser, normaliseEmail } from '../auth/users';
import { hashPassword } from '../auth/password';
import { queueMail } from '../mail/outbox';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { config } from '../config';
import { DomainError } from '../errors';
import { upsertOrganisation } from './memberships';
import { checkCollege } from './members';

const DAY = 24 * 60 * 60 * 1000;
export const INVITATION_LIFETIME = 14 * DAY;

/** Writes the invitation mail (subject and body, French then English); given by the caller, who has the catalogue. */
export type InvitationMailComposer = (v: { councilName: string; name: string; url: string; expiresAt: Date }) => {
	subject: string;
	body: string;
};

export type NewInvitation = {
	councilId: number;
	email: string;
	name: string;
	collegeId: number | null;
	organisationName: string;
	organisationType: string;
	roles: string[];
};

export function invitationUrl(token: string): string {
	return `${config.origin.replace(/\/+$/, '')}/invitations/${token}`;
}

/**
 * Inserts an invitation and queues its mail inside the caller's transaction; an earlier pending invitation
 * of the same address to the same council is revoked (the new link replaces it).
 */
export function insertInvitation(tx: Tx, input: NewInvitation & { councilName: string; createdBy: number | null; now: number; composeMail: InvitationMailComposer }) {
	const email = normaliseEmail(input.email);
	const now = new Date(input.now);
	const superseded = tx
		.update(invitations)
		.set({ revokedAt: now })
		.where(and(eq(invitations.councilId, input.councilId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
		.returning({ id: invitations.id })
		.all()
		.map((r) => r.id);
	const token = generateToken();
	const expiresAt = new Date(input.now + INVITATION_LIFETIME);
	const row = tx
		.insert(invitations)
		.values({
			councilId: input.councilId,
			email,
			name: input.name.trim(),
			collegeId: input.collegeId,
			organisationName: input.organisationName.trim(),
			organisationType: input.organisationType,
			roles: input.roles,
			tokenHash: hashToken(token),
			expiresAt,
			createdBy: input.createdBy,
			createdAt: now
		})
		.returning({ id: invitations.id })
		.get();
	const url = invitationUrl(token);
	const mail = input.composeMail({ councilName: input.councilName, name: input.name.trim(), url, expiresAt });
	queueMail(tx, { to: email, subject: mail.subject, body: mail.body });
	return { id: row.id, token, url, expiresAt, superseded };
}

function activeMembershipOf(tx: Tx, councilId: number, email: string) {
	return tx
		.select({ id: memberships.id, passwordHash: users.passwordHash })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), eq(users.email, normaliseEmail(email)), eq(memberships.status, 'active')))
		.get();
}

/**
 * The secretariat invites someone; refuses an address that is already an active member, unless that member
 * has never chosen a password (imported, or invited earlier): then the new link replaces the old one.
 */
export function createInvitation(input: NewInvitation, actorId: number | null, options: { composeMail: InvitationMailComposer; now?: number }) {
	const now = options.now ?? Date.now();
	const result = db().transaction((tx) => {
		const council = tx.select({ id: councils.id, name: councils.name }).from(councils).where(eq(councils.id, input.councilId)).get();
		if (!council) throw new DomainError('members_error_council_not_found');
		checkCollege(tx, input.councilId, input.collegeId);
		const active = activeMembershipOf(tx, input.councilId, input.email);
		if (active?.passwordHash) throw new DomainError('members_error_already_member', 'email');
		const created = insertInvitation(tx, { ...input, councilName: council.name, createdBy: actorId, now, composeMail: options.composeMail });
		recordAudit(tx, {
			councilId: input.councilId,
			actorId,
			action: 'invitation.create',
			entityType: 'invitation',
			entityId: created.id,
			details: { email: normaliseEmail(input.email), roles: input.roles, collegeId: input.collegeId, superseded: created.superseded }
		});
		return created;
	});
	publish({ type: 'invitation.changed', councilId: input.councilId, invitationId: result.id });
	return result;
}

/** Invitations not yet accepted, revoked or expired, soonest expiry first. */
export function listPendingInvitations(councilId: number, now = Date.now()) {
	return db()
		.select({
			id: invitations.id,
			email: invitations.email,
			name: invitations.name,
			roles: invitations.roles,
			collegeName: colleges.name,
			expiresAt: invitations.expiresAt,
			createdAt: invitations.createdAt
		})
		.from(invitations)
		.leftJoin(colleges, eq(colleges.id, invitations.collegeId))
		.where(and(eq(invitations.councilId, councilId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date(now))))
		.orderBy(asc(invitations.expiresAt), asc(invitations.id))
		.all();
}

export function revokeInvitation(councilId: number, invitationId: number, actorId: number | null, now = Date.now()): void {
	db().transaction((tx) => {
		const changed = tx
			.update(invitations)
			.set({ revokedAt: new Date(now) })
			.where(and(eq(invitations.id, invitationId), eq(invitations.councilId, councilId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
			.returning({ email: invitations.email })
			.get();
		if (!changed) throw new DomainError('members_error_invitation_not_pending');
		recordAudit(tx, { councilId, actorId, action: 'invitation.revoke', entityType: 'invitation', entityId: invitationId, details: { email: changed.email } });
	});
	publish({ type: 'invitation.changed', councilId, invitationId });
}

export type InvitationState = 'valid' | 'expired' | 'revoked' | 'used';

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: number): InvitationState {
	if (row.acceptedAt) return 'used';
	if (row.revokedAt) return 'revoked';
	if (row.expiresAt.getTime() <= now) return 'expired';
	return 'valid';
}

/** What the acceptance page shows; undefined when the token matches no invitation. */
export function findInvitation(token: string, now = Date.now()) {
	const row = db()
		.select({
			id: invitations.id,
			email: invitations.email,
			name: invitations.name,
			roles: invitations.roles,
			organisationName: invitations.organisationName,
			expiresAt: invitations.expiresAt,
			acceptedAt: invitations.acceptedAt,
			revokedAt: invitations.revokedAt,
			councilId: councils.id,
			councilSlug: councils.slug,
			councilName: councils.name,
			collegeName: colleges.name
		})
		.from(invitations)
		.innerJoin(councils, eq(councils.id, invitations.councilId))
		.leftJoin(colleges, eq(colleges.id, invitations.collegeId))
		.where(eq(invitations.tokenHash, hashToken(token)))
		.get();
	if (!row) return undefined;
	const account = getUserByEmail(row.email);
	return {
		...row,
		state: stateOf(row, now),
		// An unverified account (workshop guest link) does not ask for its password: whoever follows this mailed
		// link proves the address and chooses the password (acceptInvitationWithPassword).
		account: account ? { exists: true, hasPassword: Boolean(account.passwordHash && account.emailVerifiedAt) } : { exists: false, hasPassword: false }
	};
}

/**
 * Marks the invitation used and gives the person their membership, inside the caller's transaction.
 * The conditional update is the single-use guarantee: a second acceptance changes no row and is refused.
 */
function consume(tx: Tx, token: string, userId: number, now: number) {
	const at = new Date(now);
	const invitation = tx
		.update(invitations)
		.set({ acceptedAt: at, acceptedBy: userId })
		.where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, at)))
		.returning()
		.get();
	if (!invitation) {
		const row = tx
			.select()
			.from(invitations)
			.where(eq(invitations.tokenHash, hashToken(token)))
			.get();
		const state = row ? stateOf(row, now) : 'valid';
		throw new DomainError(state === 'valid' ? 'members_invitation_error_not_found' : `members_invitation_error_${state}`);
	}
	const organisationId = upsertOrganisation(tx, invitation.organisationName, invitation.organisationType);
	const existing = tx
		.select()
		.from(memberships)
		.where(and(eq(memberships.councilId, invitation.councilId), eq(memberships.userId, userId)))
		.get();
	let membershipId: number;
	let outcome: 'joined' | 'reactivated' | 'already_member';
	if (!existing) {
		membershipId = tx
			.insert(memberships)
			.values({ councilId: invitation.councilId, userId, collegeId: invitation.collegeId, organisationId, roles: invitation.roles, joinedAt: at })
			.returning({ id: memberships.id })
			.get().id;
		outcome = 'joined';
	} else if (existing.status !== 'active') {
		tx.update(memberships).set({ status: 'active', deactivatedAt: null, collegeId: invitation.collegeId, organisationId, roles: invitation.roles }).where(eq(memberships.id, existing.id)).run();
		membershipId = existing.id;
		outcome = 'reactivated';
	} else {
		// Imported members already have their membership: accepting only activates the account.
		membershipId = existing.id;
		outcome = 'already_member';
	}
	recordAudit(tx, {
		councilId: invitation.councilId,
		actorId: userId,
		action: 'member.join',
		entityType: 'membership',
		entityId: membershipId,
		details: { invitationId: invitation.id, email: invitation.email, roles: invitation.roles, outcome }
	});
	const council = tx.select({ slug: councils.slug }).from(councils).where(eq(councils.id, invitation.councilId)).get();
	return { councilId: invitation.councilId, councilSlug: council?.slug ?? '', membershipId, outcome };
}

/** A logged-in person accepts an invitation sent to their own address. */
export function acceptInvitationAsUser(token: string, userId: number, now = Date.now()) {
	const result = db().transaction((tx) => {
		const user = tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).get();
		const invitation = tx
			.select({ email: invitations.email })
			.from(invitations)
			.where(eq(invitations.tokenHash, hashToken(token)))
			.get();
		if (!user || !invitation) throw new DomainError('members_invitation_error_not_found');
		if (normaliseEmail(user.email) !== invitation.email) throw new DomainError('members_invitation_error_other_account');
		// Holding the mailed link while logged in to the account proves its address.
		tx.update(users)
			.set({ emailVerifiedAt: new Date(now) })
			.where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
			.run();
		return consume(tx, token, userId, now);
	});
	publish({ type: 'member.changed', councilId: result.councilId, membershipId: result.membershipId });
	return result;
}

/**
 * Someone without a usable account accepts: creates the account, or sets the password of an account
 * imported without one. An account that already has a password must log in instead, unless its address was
 * never verified (made through a workshop guest link, maybe by someone else): the mailed link proves the
 * address, so its holder takes the account over, and every session opened with the old password ends.
 */
export async function acceptInvitationWithPassword(token: string, input: { name: string; password: string }, now = Date.now()) {
	return acceptInvitationWithHash(token, { name: input.name, passwordHash: await hashPassword(input.password) }, now);
}

/** The transactional half of acceptInvitationWithPassword, the password already hashed (the action hashes it first). */
export function acceptInvitationWithHash(token: string, input: { name: string; passwordHash: string }, now = Date.now()) {
	const { passwordHash } = input;
	let revoked: number | null = null;
	const result = db().transaction((tx) => {
		const invitation = tx
			.select({ email: invitations.email })
			.from(invitations)
			.where(eq(invitations.tokenHash, hashToken(token)))
			.get();
		if (!invitation) throw new DomainError('members_invitation_error_not_found');
		const account = getUserByEmail(invitation.email, tx);
		let userId: number;
		if (account?.passwordHash && account.emailVerifiedAt) throw new DomainError('members_invitation_error_login_required');
		if (account) {
			tx.update(users)
				.set({ passwordHash, name: input.name.trim(), emailVerifiedAt: new Date(now) })
				.where(eq(users.id, account.id))
				.run();
			if (account.passwordHash) {
				tx.delete(sessions).where(eq(sessions.userId, account.id)).run();
				revoked = account.id;
			}
			userId = account.id;
		} else {
			userId = insertUser(tx, { email: invitation.email, name: input.name, passwordHash }).id;
		}
		return { ...consume(tx, token, userId, now), userId };
	});
	if (revoked !== null) publish({ type: 'session.revoked', userId: revoked });
	publish({ type: 'member.changed', councilId: result.councilId, membershipId: result.membershipId });
	return result;
}
