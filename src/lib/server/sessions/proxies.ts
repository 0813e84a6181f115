// Proxies (pouvoirs) for a plenary session. Rules:
// - a member ('votes.cast') gives their own proxy, or the secretariat ('sessions.manage') records one; both are
//   audited (a proxy is a governance fact). Possible from planning until the session closes; revoked by the giver,
//   the holder or the secretariat.
// - giver and holder are distinct members entitled to vote; one proxy per giver per session (a unique index);
//   a holder carries at most the council's proxyLimit proxies (0 disables proxies); no chains: a giver cannot
//   hold proxies, a holder cannot have given theirs.
// - a proxy is IN FORCE while its giver is not checked in and its holder is (see presenceOf in access.ts): a giver
//   who checks in takes their own vote back, an absent holder represents nobody. Ballots already cast stay.
import { and, count, eq, or } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { isUniqueViolation } from '../councils/create';
import { councilRow, membershipIn, requireAction, requireEntitled, sessionRow, type SessionsUser } from './access';
import { proxies } from './tables';

export type ProxyRow = typeof proxies.$inferSelect;

function openForProxies(state: string): boolean {
	return state === 'planned' || state === 'convened' || state === 'open';
}

function heldCount(tx: Tx, sessionId: number, holderId: number): number {
	return (
		tx
			.select({ n: count() })
			.from(proxies)
			.where(and(eq(proxies.sessionId, sessionId), eq(proxies.holderMembershipId, holderId)))
			.get()?.n ?? 0
	);
}

export function giveProxy(user: SessionsUser, input: { sessionId: number; giverMembershipId: number; holderMembershipId: number }): ProxyRow {
	const { giverMembershipId: giverId, holderMembershipId: holderId, sessionId } = input;
	let result;
	try {
		result = db().transaction((tx) => {
			const session = sessionRow(tx, sessionId);
			const council = councilRow(tx, session.councilId);
			const giver = membershipIn(tx, council.id, giverId);
			const holder = membershipIn(tx, council.id, holderId);
			requireAction(tx, user, giver.userId === user.id ? 'votes.cast' : 'sessions.manage', council);
			if (!openForProxies(session.state)) throw new DomainError('sessions_error_session_closed');
			if (council.proxyLimit <= 0) throw new DomainError('sessions_error_proxies_disabled');
			if (giverId === holderId) throw new DomainError('sessions_error_proxy_self', 'holderMembershipId');
			requireEntitled(giver, council.weighting, 'giverMembershipId');
			requireEntitled(holder, council.weighting, 'holderMembershipId');
			const existing = tx
				.select()
				.from(proxies)
				.where(and(eq(proxies.sessionId, sessionId), or(eq(proxies.giverMembershipId, giverId), eq(proxies.giverMembershipId, holderId), eq(proxies.holderMembershipId, giverId))))
				.all();
			if (existing.some((p) => p.giverMembershipId === giverId)) throw new DomainError('sessions_error_proxy_exists', 'giverMembershipId');
			if (existing.length) throw new DomainError('sessions_error_proxy_chain', 'holderMembershipId');
			if (heldCount(tx, sessionId, holderId) >= council.proxyLimit) throw new DomainError('sessions_error_proxy_limit', 'holderMembershipId', { limit: council.proxyLimit });
			const row = tx.insert(proxies).values({ sessionId, giverMembershipId: giverId, holderMembershipId: holderId, createdBy: user.id }).returning().get();
			recordAudit(tx, { councilId: council.id, actorId: user.id, action: 'proxy.give', entityType: 'membership', entityId: giverId, details: { sessionId, holderMembershipId: holderId } });
			return { row, councilId: council.id };
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('sessions_error_proxy_exists', 'giverMembershipId');
		throw e;
	}
	publish({ type: 'attendance.changed', councilId: result.councilId, sessionId, what: 'proxy', membershipIds: [giverId, holderId] });
	return result.row;
}

export function revokeProxy(user: SessionsUser, input: { sessionId: number; giverMembershipId: number }): void {
	const { councilId, holderId } = db().transaction((tx) => {
		const session = sessionRow(tx, input.sessionId);
		const council = councilRow(tx, session.councilId);
		const proxy = tx
			.select()
			.from(proxies)
			.where(and(eq(proxies.sessionId, input.sessionId), eq(proxies.giverMembershipId, input.giverMembershipId)))
			.get();
		if (!proxy) throw new DomainError('sessions_error_not_found', 'giverMembershipId');
		const own = [proxy.giverMembershipId, proxy.holderMembershipId].some((id) => membershipIn(tx, council.id, id).userId === user.id);
		requireAction(tx, user, own ? 'votes.cast' : 'sessions.manage', council);
		if (!openForProxies(session.state)) throw new DomainError('sessions_error_session_closed');
		tx.delete(proxies).where(eq(proxies.id, proxy.id)).run();
		recordAudit(tx, {
			councilId: council.id,
			actorId: user.id,
			action: 'proxy.revoke',
			entityType: 'membership',
			entityId: proxy.giverMembershipId,
			details: { sessionId: input.sessionId, holderMembershipId: proxy.holderMembershipId }
		});
		return { councilId: council.id, holderId: proxy.holderMembershipId };
	});
	publish({ type: 'attendance.changed', councilId, sessionId: input.sessionId, what: 'proxy', membershipIds: [input.giverMembershipId, holderId] });
}

/** The proxies of a session: giver → holder. */
export function listProxies(sessionId: number): ProxyRow[] {
	return db().select().from(proxies).where(eq(proxies.sessionId, sessionId)).all();
}
