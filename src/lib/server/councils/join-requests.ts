// Asking to join a public council: the person fills in a form, confirms their address by a link (valid 48 h,
// only its sha256 stored), and the request then waits in the secretariat's queue (join-decisions.ts).
// Duplicates are refused: an address that is an active member, or that has a request waiting.
import { and, asc, count, eq, gt, or } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { colleges, councils, joinRequests, memberships } from './tables';
import { users } from '../auth/tables';
import { generateToken, hashToken } from '../auth/session';
import { normaliseEmail } from '../auth/users';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { checkCollege } from './members';
import { queueMail } from '../mail/outbox';
import { composeJoinMail, joinConfirmUrl } from './join-mails';

export const CONFIRM_LIFETIME = 48 * 60 * 60 * 1000;

export type JoinRequestInput = {
	name: string;
	email: string;
	organisationName: string;
	organisationType: string;
	siret: string | null;
	collegeId: number | null;
	motivation: string;
	locale: 'fr' | 'en';
};

export type JoinRequestRow = typeof joinRequests.$inferSelect;

function openCouncil(tx: Tx, councilId: number) {
	const council = tx.select().from(councils).where(eq(councils.id, councilId)).get();
	if (!council) throw new DomainError('members_error_council_not_found');
	if (!council.isPublic || !council.joinRequestsOpen) throw new DomainError('members_join_error_closed');
	return council;
}

/** Refuses an address that is an active member of the council, or whose request is waiting there. */
export function checkNotDuplicate(tx: Tx, councilId: number, email: string, now: number, exceptRequestId?: number): void {
	const member = tx
		.select({ id: memberships.id })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), eq(users.email, email), eq(memberships.status, 'active')))
		.get();
	if (member) throw new DomainError('members_join_error_member', 'email');
	const waiting = tx
		.select({ id: joinRequests.id, status: joinRequests.status })
		.from(joinRequests)
		.where(
			and(
				eq(joinRequests.councilId, councilId),
				eq(joinRequests.email, email),
				or(eq(joinRequests.status, 'pending'), and(eq(joinRequests.status, 'unconfirmed'), gt(joinRequests.tokenExpiresAt, new Date(now))))
			)
		)
		.all()
		.filter((r) => r.id !== exceptRequestId);
	if (waiting.some((r) => r.status === 'pending')) throw new DomainError('members_join_error_pending', 'email');
	if (waiting.length) throw new DomainError('members_join_error_unconfirmed', 'email');
}

/**
 * Records a request and mails the confirmation link, in the action's transaction (actions/request-join.ts); the
 * college asked for was found in the council by the action's scope. Returns its id and token (the token is
 * only mailed).
 */
export function insertJoinRequest(tx: Tx, councilId: number, input: JoinRequestInput, now: number) {
	const email = normaliseEmail(input.email);
	const council = openCouncil(tx, councilId);
	checkCollege(tx, councilId, input.collegeId);
	checkNotDuplicate(tx, councilId, email, now);
	const token = generateToken();
	const row = tx
		.insert(joinRequests)
		.values({
			councilId,
			email,
			name: input.name.trim(),
			organisationName: input.organisationName.trim(),
			organisationType: input.organisationType,
			siret: input.siret,
			collegeId: input.collegeId,
			motivation: input.motivation.trim(),
			locale: input.locale,
			tokenHash: hashToken(token),
			tokenExpiresAt: new Date(now + CONFIRM_LIFETIME),
			createdAt: new Date(now)
		})
		.returning()
		.get();
	const url = joinConfirmUrl(council.slug, token);
	queueMail(tx, { to: email, ...composeJoinMail('confirm', input.locale, { name: row.name, council: council.name, url }) });
	recordAudit(tx, { councilId, actorId: null, action: 'join_request.create', entityType: 'join_request', entityId: row.id, details: { email } });
	publish({ type: 'join_request.changed', councilId, requestId: row.id });
	return { id: row.id, token };
}

export type JoinRequestState = 'unconfirmed' | 'expired' | 'pending' | 'accepted' | 'declined';

function stateOf(row: Pick<JoinRequestRow, 'status' | 'tokenExpiresAt'>, now: number): JoinRequestState {
	if (row.status === 'unconfirmed' && row.tokenExpiresAt.getTime() <= now) return 'expired';
	return row.status as JoinRequestState;
}

/** The request a confirmation link points to, in the council of the URL; undefined when there is none. */
export function findJoinRequest(councilId: number, token: string, now = Date.now()) {
	const row = db()
		.select()
		.from(joinRequests)
		.where(and(eq(joinRequests.councilId, councilId), eq(joinRequests.tokenHash, hashToken(token))))
		.get();
	return row && { id: row.id, name: row.name, email: row.email, state: stateOf(row, now) };
}

/** The request a confirmation token names, within the council; "not found" otherwise (the action's scope). */
export function requestByToken(tx: Tx, councilId: number, token: string): JoinRequestRow {
	const row = tx
		.select()
		.from(joinRequests)
		.where(and(eq(joinRequests.councilId, councilId), eq(joinRequests.tokenHash, hashToken(token))))
		.get();
	if (!row) throw new DomainError('members_join_error_not_found');
	return row;
}

/**
 * The person confirms their address: the request joins the secretariat's queue. Confirming twice is harmless;
 * an expired link is refused (they may ask again), as is a request that became a duplicate meanwhile.
 */
export function confirmJoinRequest(tx: Tx, row: JoinRequestRow, now: number): { id: number; already: boolean } {
	const state = stateOf(row, now);
	if (state === 'expired') throw new DomainError('members_join_error_expired');
	if (state !== 'unconfirmed') return { id: row.id, already: true };
	checkNotDuplicate(tx, row.councilId, row.email, now, row.id);
	tx.update(joinRequests)
		.set({ status: 'pending', confirmedAt: new Date(now) })
		.where(eq(joinRequests.id, row.id))
		.run();
	recordAudit(tx, { councilId: row.councilId, actorId: null, action: 'join_request.confirm', entityType: 'join_request', entityId: row.id, details: { email: row.email } });
	publish({ type: 'join_request.changed', councilId: row.councilId, requestId: row.id });
	return { id: row.id, already: false };
}

/** Confirmed requests waiting for a decision, oldest first, with the college asked for. */
export function listPendingJoinRequests(councilId: number) {
	return db()
		.select({
			id: joinRequests.id,
			name: joinRequests.name,
			email: joinRequests.email,
			organisationName: joinRequests.organisationName,
			organisationType: joinRequests.organisationType,
			siret: joinRequests.siret,
			collegeId: joinRequests.collegeId,
			collegeName: colleges.name,
			motivation: joinRequests.motivation,
			confirmedAt: joinRequests.confirmedAt,
			createdAt: joinRequests.createdAt
		})
		.from(joinRequests)
		.leftJoin(colleges, eq(colleges.id, joinRequests.collegeId))
		.where(and(eq(joinRequests.councilId, councilId), eq(joinRequests.status, 'pending')))
		.orderBy(asc(joinRequests.confirmedAt), asc(joinRequests.id))
		.all();
}

export function countPendingJoinRequests(councilId: number): number {
	return (
		db()
			.select({ n: count() })
			.from(joinRequests)
			.where(and(eq(joinRequests.councilId, councilId), eq(joinRequests.status, 'pending')))
			.get()?.n ?? 0
	);
}
