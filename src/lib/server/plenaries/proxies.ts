// Proxies (pouvoirs) for a plenary. Rules:
// - a member ('votes.cast') gives their own proxy, or the secretariat ('plenaries.manage') records one; both are
//   audited (a proxy is a governance fact). Possible from planning until the plenary closes; revoked by the giver,
//   the holder or the secretariat.
// - giver and holder are distinct members entitled to vote; one proxy per giver per plenary (a unique index);
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
import { councilRow, membershipIn, requireAction, requireEntitled, plenaryRow, type PlenaryUser } from './access';
import { proxies } from './tables';

export type ProxyRow = typeof proxies.$inferSelect;

function openForProxies(state: string): boolean {
	return state === 'planned' || state === 'convened' || state === 'open';
}

function heldCount(tx: Tx, plenaryId: number, holderId: number): number {
	return (
		tx
			.select({ n: count() })
			.from(proxies)
			.where(and(eq(proxies.plenaryId, plenaryId), eq(proxies.holderMembershipId, holderId)))
			.get()?.n ?? 0
	);
}

export function giveProxy(user: PlenaryUser, input: { plenaryId: number; giverMembershipId: number; holderMembershipId: number }): ProxyRow {
	const { giverMembershipId: giverId, holderMembershipId: holderId, plenaryId } = input;
	let result;
	try {
		result = db().transaction((tx) => {
			const plenary = plenaryRow(tx, plenaryId);
			const council = councilRow(tx, plenary.councilId);
			const giver = membershipIn(tx, council.id, giverId);
			const holder = membershipIn(tx, council.id, holderId);
			requireAction(tx, user, giver.userId === user.id ? 'votes.cast' : 'plenaries.manage', council);
			if (!openForProxies(plenary.state)) throw new DomainError('plenaries_error_plenary_closed');
			if (council.proxyLimit <= 0) throw new DomainError('plenaries_error_proxies_disabled');
			if (giverId === holderId) throw new DomainError('plenaries_error_proxy_self', 'holderMembershipId');
			requireEntitled(giver, council.weighting, 'giverMembershipId');
			requireEntitled(holder, council.weighting, 'holderMembershipId');
			const existing = tx
				.select()
				.from(proxies)
				.where(and(eq(proxies.plenaryId, plenaryId), or(eq(proxies.giverMembershipId, giverId), eq(proxies.giverMembershipId, holderId), eq(proxies.holderMembershipId, giverId))))
				.all();
			if (existing.some((p) => p.giverMembershipId === giverId)) throw new DomainError('plenaries_error_proxy_exists', 'giverMembershipId');
			if (existing.length) throw new DomainError('plenaries_error_proxy_chain', 'holderMembershipId');
			if (heldCount(tx, plenaryId, holderId) >= council.proxyLimit) throw new DomainError('plenaries_error_proxy_limit', 'holderMembershipId', { limit: council.proxyLimit });
			const row = tx.insert(proxies).values({ plenaryId, giverMembershipId: giverId, holderMembershipId: holderId, createdBy: user.id }).returning().get();
			recordAudit(tx, { councilId: council.id, actorId: user.id, action: 'proxy.give', entityType: 'membership', entityId: giverId, details: { plenaryId, holderMembershipId: holderId } });
			return { row, councilId: council.id };
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('plenaries_error_proxy_exists', 'giverMembershipId');
		throw e;
	}
	publish({ type: 'attendance.changed', councilId: result.councilId, plenaryId, what: 'proxy', membershipIds: [giverId, holderId] });
	return result.row;
}

export function revokeProxy(user: PlenaryUser, input: { plenaryId: number; giverMembershipId: number }): void {
	const { councilId, holderId } = db().transaction((tx) => {
		const plenary = plenaryRow(tx, input.plenaryId);
		const council = councilRow(tx, plenary.councilId);
		const proxy = tx
			.select()
			.from(proxies)
			.where(and(eq(proxies.plenaryId, input.plenaryId), eq(proxies.giverMembershipId, input.giverMembershipId)))
			.get();
		if (!proxy) throw new DomainError('plenaries_error_not_found', 'giverMembershipId');
		const own = [proxy.giverMembershipId, proxy.holderMembershipId].some((id) => membershipIn(tx, council.id, id).userId === user.id);
		requireAction(tx, user, own ? 'votes.cast' : 'plenaries.manage', council);
		if (!openForProxies(plenary.state)) throw new DomainError('plenaries_error_plenary_closed');
		tx.delete(proxies).where(eq(proxies.id, proxy.id)).run();
		recordAudit(tx, {
			councilId: council.id,
			actorId: user.id,
			action: 'proxy.revoke',
			entityType: 'membership',
			entityId: proxy.giverMembershipId,
			details: { plenaryId: input.plenaryId, holderMembershipId: proxy.holderMembershipId }
		});
		return { councilId: council.id, holderId: proxy.holderMembershipId };
	});
	publish({ type: 'attendance.changed', councilId, plenaryId: input.plenaryId, what: 'proxy', membershipIds: [input.giverMembershipId, holderId] });
}

/** The proxies of a plenary: giver → holder. */
export function listProxies(plenaryId: number): ProxyRow[] {
	return db().select().from(proxies).where(eq(proxies.plenaryId, plenaryId)).all();
}
