// The secretariat decides on a confirmed request to join. Accepting gives the person their membership in
// one transaction: the account is created when there is none (with an invitation link to set a password,
// the same single-use link as invitations.ts), or the existing account gets the membership (a deactivated
// one is reactivated). Declining gives a reason. Either way the person is told by mail, and it is audited.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { councils, joinRequests, memberships } from './tables';
import type { JoinRequestRow } from './join-requests';
import { getUserByEmail, insertUser } from '../auth/users';
import { queueMail } from '../mail/outbox';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { config } from '../config';
import { DomainError } from '../errors';
import { toLocale } from '../notifications/text';
import { checkCollege } from './members';
import { insertMembership, upsertOrganisation } from './memberships';
import { insertInvitation } from './invitations';
import { composeJoinMail } from './join-mails';

export type JoinDecisionInput = { collegeId: number | null; role: string };

/** The request named by a decision, within the council (the actions' scope); "not found" otherwise. */
export function requestInCouncil(tx: Tx, councilId: number, requestId: number): JoinRequestRow {
	const request = tx
		.select()
		.from(joinRequests)
		.where(and(eq(joinRequests.id, requestId), eq(joinRequests.councilId, councilId)))
		.get();
	if (!request) throw new DomainError('members_join_request_not_found');
	return request;
}

function pending(tx: Tx, request: JoinRequestRow) {
	if (request.status !== 'pending') throw new DomainError('members_join_error_not_pending');
	return { request, council: tx.select().from(councils).where(eq(councils.id, request.councilId)).get()! };
}

const dateIn = (locale: 'fr' | 'en', date: Date) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);

/** Accepts a pending request, in the action's transaction (actions/accept-join-request.ts). */
export function acceptJoinRequest(tx: Tx, found: JoinRequestRow, input: JoinDecisionInput, actorId: number | null, now: number) {
	const { request, council } = pending(tx, found);
	const councilId = council.id;
	const requestId = request.id;
	const locale = toLocale(request.locale);
	checkCollege(tx, councilId, input.collegeId);
	const existing = getUserByEmail(request.email, tx);
	const user = existing ?? insertUser(tx, { email: request.email, name: request.name });
	const membership = tx
		.select()
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, user.id)))
		.get();
	if (membership?.status === 'active') throw new DomainError('members_join_error_member');
	const organisationId = upsertOrganisation(tx, request.organisationName, request.organisationType);
	const roles = [input.role];
	let membershipId: number;
	if (membership) {
		tx.update(memberships).set({ status: 'active', deactivatedAt: null, collegeId: input.collegeId, organisationId, roles }).where(eq(memberships.id, membership.id)).run();
		membershipId = membership.id;
	} else {
		membershipId = insertMembership(tx, { councilId, userId: user.id, collegeId: input.collegeId, organisationId, roles }).id;
	}
	let invitationId: number | null = null;
	if (!user.passwordHash) {
		// the account has no password yet: the mail carries a single-use link to choose one
		invitationId = insertInvitation(tx, {
			councilId,
			email: request.email,
			name: request.name,
			collegeId: input.collegeId,
			organisationName: request.organisationName,
			organisationType: request.organisationType,
			roles,
			councilName: council.name,
			createdBy: actorId,
			now,
			composeMail: ({ councilName, name, url, expiresAt }) => composeJoinMail('accepted_password', locale, { name, council: councilName, url, date: dateIn(locale, expiresAt) })
		}).id;
	} else {
		const url = `${config.origin.replace(/\/+$/, '')}/c/${council.slug}`;
		queueMail(tx, { to: request.email, ...composeJoinMail('accepted', locale, { name: request.name, council: council.name, url }) });
	}
	tx.update(joinRequests)
		.set({ status: 'accepted', decidedAt: new Date(now), decidedBy: actorId, membershipId })
		.where(eq(joinRequests.id, requestId))
		.run();
	recordAudit(tx, {
		councilId,
		actorId,
		action: 'join_request.accept',
		entityType: 'join_request',
		entityId: requestId,
		details: { email: request.email, collegeId: input.collegeId, roles, membershipId, account: existing ? 'existing' : 'created', invitationId }
	});
	publish({ type: 'member.changed', councilId, membershipId });
	publish({ type: 'join_request.changed', councilId, requestId });
	return { membershipId, userId: user.id, accountCreated: !existing, invitationId, name: request.name };
}

/** Declines a pending request with a reason that is mailed, in the action's transaction. */
export function declineJoinRequest(tx: Tx, found: JoinRequestRow, input: { reason: string }, actorId: number | null, now: number): void {
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('members_join_v_reason', 'reason');
	const { request, council } = pending(tx, found);
	const councilId = council.id;
	const requestId = request.id;
	tx.update(joinRequests)
		.set({ status: 'declined', decidedAt: new Date(now), decidedBy: actorId, decisionReason: reason })
		.where(eq(joinRequests.id, requestId))
		.run();
	queueMail(tx, { to: request.email, ...composeJoinMail('declined', toLocale(request.locale), { name: request.name, council: council.name, reason }) });
	recordAudit(tx, { councilId, actorId, action: 'join_request.decline', entityType: 'join_request', entityId: requestId, details: { email: request.email, reason } });
	publish({ type: 'join_request.changed', councilId, requestId });
}
