// Outside guests: a facilitator makes a single-use link (valid 14 days; only its sha256 is stored). Whoever
// opens it signs in (or creates an account) and gets a grant for THIS workshop only: reading it and
// contributing to it (access.ts). The grant is not a council membership.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { generateToken, hashToken } from '../auth/session';
import { getUserByEmail, insertUser, normaliseEmail } from '../auth/users';
import { hashPassword } from '../auth/password';
import { requestEmailVerification } from '../auth/email-verification';
import { councils } from '../councils/tables';
import { recordAudit } from '../audit/audit';
import { config } from '../config';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { workshopGuests, workshops } from './tables';
import { loadWorkshop, requireRight } from './access';

const DAY = 24 * 60 * 60 * 1000;
export const GUEST_LINK_LIFETIME = 14 * DAY;

export function guestLinkUrl(token: string): string {
	return `${config.origin.replace(/\/+$/, '')}/workshop-invitations/${token}`;
}

export function createGuestLink(actor: Actor, workshopId: number, label: string, now = Date.now()) {
	const result = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		if (loaded.workshop.status !== 'open') throw new DomainError('workshops_error_closed');
		const token = generateToken();
		const row = tx
			.insert(workshopGuests)
			.values({ workshopId, label: label.trim(), tokenHash: hashToken(token), expiresAt: new Date(now + GUEST_LINK_LIFETIME), createdBy: actor.user?.id ?? null, createdAt: new Date(now) })
			.returning()
			.get();
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.guest_link', entityType: 'workshop', entityId: workshopId, details: { label: row.label } });
		return { id: row.id, token, url: guestLinkUrl(token), expiresAt: row.expiresAt, councilId: loaded.council.id };
	});
	publish({ type: 'workshop.changed', councilId: result.councilId, workshopId, what: 'members' });
	return result;
}

export function listGuestLinks(workshopId: number) {
	return db()
		.select({
			id: workshopGuests.id,
			label: workshopGuests.label,
			expiresAt: workshopGuests.expiresAt,
			usedAt: workshopGuests.usedAt,
			revokedAt: workshopGuests.revokedAt,
			userName: users.name
		})
		.from(workshopGuests)
		.leftJoin(users, eq(users.id, workshopGuests.userId))
		.where(eq(workshopGuests.workshopId, workshopId))
		.orderBy(asc(workshopGuests.createdAt))
		.all();
}

/** Revokes a link not yet used, or the grant it became. */
export function revokeGuest(actor: Actor, workshopId: number, guestId: number, now = Date.now()) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		const changed = tx
			.update(workshopGuests)
			.set({ revokedAt: new Date(now) })
			.where(and(eq(workshopGuests.id, guestId), eq(workshopGuests.workshopId, workshopId), isNull(workshopGuests.revokedAt)))
			.returning({ id: workshopGuests.id })
			.get();
		if (!changed) throw new DomainError('workshops_error_guest_not_found');
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.guest_revoke', entityType: 'workshop', entityId: workshopId, details: { guestId } });
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'members' });
}

export type GuestLinkState = 'valid' | 'expired' | 'revoked' | 'used';

/** What the link page shows; undefined when the token matches nothing. */
export function findGuestLink(token: string, now = Date.now()) {
	const row = db()
		.select({
			id: workshopGuests.id,
			label: workshopGuests.label,
			expiresAt: workshopGuests.expiresAt,
			usedAt: workshopGuests.usedAt,
			revokedAt: workshopGuests.revokedAt,
			workshopId: workshops.id,
			workshopTitle: workshops.title,
			workshopStatus: workshops.status,
			councilSlug: councils.slug,
			councilName: councils.name
		})
		.from(workshopGuests)
		.innerJoin(workshops, eq(workshops.id, workshopGuests.workshopId))
		.innerJoin(councils, eq(councils.id, workshops.councilId))
		.where(eq(workshopGuests.tokenHash, hashToken(token)))
		.get();
	if (!row) return undefined;
	const state: GuestLinkState = row.usedAt ? 'used' : row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= now ? 'expired' : 'valid';
	return { ...row, state };
}

/** The conditional update is the single-use guarantee: a second use changes no row and is refused. */
function consume(tx: Tx, token: string, userId: number, now: number) {
	const at = new Date(now);
	const row = tx
		.update(workshopGuests)
		.set({ usedAt: at, userId })
		.where(and(eq(workshopGuests.tokenHash, hashToken(token)), isNull(workshopGuests.usedAt), isNull(workshopGuests.revokedAt), gt(workshopGuests.expiresAt, at)))
		.returning()
		.get();
	if (!row) throw new DomainError('workshops_guest_error_unusable');
	const w = tx.select({ councilId: workshops.councilId, slug: councils.slug }).from(workshops).innerJoin(councils, eq(councils.id, workshops.councilId)).where(eq(workshops.id, row.workshopId)).get()!;
	recordAudit(tx, { councilId: w.councilId, actorId: userId, action: 'workshop.guest_join', entityType: 'workshop', entityId: row.workshopId, details: { guestId: row.id } });
	return { workshopId: row.workshopId, councilId: w.councilId, councilSlug: w.slug };
}

export function acceptGuestLinkAsUser(token: string, userId: number, now = Date.now()) {
	const result = db().transaction((tx) => consume(tx, token, userId, now));
	publish({ type: 'workshop.changed', councilId: result.councilId, workshopId: result.workshopId, what: 'members' });
	return result;
}

/**
 * Someone without an account creates one (an address that already has an account must sign in instead). Nothing
 * proves the address they type: the account starts unverified and a link to verify it is mailed (outbox);
 * until it is followed, the address counts for nothing (no import or invitation attaches a membership to it).
 */
export async function acceptGuestLinkWithAccount(token: string, input: { name: string; email: string; password: string }, now = Date.now()) {
	return acceptGuestLinkWithHash(token, { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) }, now);
}

/** The transactional half of acceptGuestLinkWithAccount, the password already hashed (the action hashes it first). */
export function acceptGuestLinkWithHash(token: string, input: { name: string; email: string; passwordHash: string }, now = Date.now()) {
	const { passwordHash } = input;
	const result = db().transaction((tx) => {
		if (getUserByEmail(normaliseEmail(input.email), tx)) throw new DomainError('workshops_guest_error_login_required', 'email');
		const user = insertUser(tx, { email: normaliseEmail(input.email), name: input.name.trim(), passwordHash, emailVerified: false });
		const consumed = consume(tx, token, user.id, now);
		requestEmailVerification(tx, user, now);
		return { ...consumed, userId: user.id };
	});
	publish({ type: 'workshop.changed', councilId: result.councilId, workshopId: result.workshopId, what: 'members' });
	return result;
}
