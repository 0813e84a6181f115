// Lookups and checks every plenaries service needs: the acting user's permission in the council concerned,
// plenaries, votes and memberships by id, who is entitled to vote and who is present or represented.
import { and, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { can, COUNCIL_ROLES, RULES, type Action } from '../auth/permissions';
import { users } from '../auth/tables';
import { colleges, councils, memberships } from '../councils/tables';
import { DomainError } from '../errors';
import { agendaItems, attendance, plenaries, proxies, votes } from './tables';

/** The person acting, as routes and sockets know them (locals.user). */
export type PlenaryUser = { id: number; isAdmin: boolean };

export type CouncilRow = typeof councils.$inferSelect;
export type PlenaryRow = typeof plenaries.$inferSelect;
export type VoteRow = typeof votes.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

export const PLENARY_STATES = ['planned', 'convened', 'open', 'closed', 'minutes_published'] as const;
export type PlenaryState = (typeof PLENARY_STATES)[number];
export const VOTE_STATES = ['draft', 'open', 'closed', 'published'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export function councilRow(tx: Tx, councilId: number): CouncilRow {
	const council = tx.select().from(councils).where(eq(councils.id, councilId)).get();
	if (!council) throw new DomainError('plenaries_error_not_found');
	return council;
}

/** Throws 'plenaries_error_forbidden' unless the user's active roles in the council (or admin) allow the action. */
export function requireAction(tx: Tx, user: PlenaryUser | null, action: Action, council: CouncilRow): void {
	const roles = user ? rolesOf(tx, council.id, user.id) : [];
	if (!can({ user, roles }, action, council)) throw new DomainError('plenaries_error_forbidden');
}

export function rolesOf(tx: Tx, councilId: number, userId: number): string[] {
	const row = tx
		.select({ roles: memberships.roles })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.get();
	return row?.roles ?? [];
}

export function plenaryRow(tx: Tx, plenaryId: number): PlenaryRow {
	const plenary = tx.select().from(plenaries).where(eq(plenaries.id, plenaryId)).get();
	if (!plenary) throw new DomainError('plenaries_error_not_found');
	return plenary;
}

/** An agenda item the user may edit: plenaries.manage in its council, and its plenary not yet closed. */
export function editableAgendaItem(tx: Tx, user: PlenaryUser, itemId: number) {
	const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
	if (!item) throw new DomainError('plenaries_error_not_found', 'itemId');
	const plenary = plenaryRow(tx, item.plenaryId);
	requireAction(tx, user, 'plenaries.manage', councilRow(tx, plenary.councilId));
	if (plenary.state === 'closed' || plenary.state === 'minutes_published') throw new DomainError('plenaries_error_plenary_closed');
	return { item, plenary };
}

export function voteRow(tx: Tx, voteId: number): VoteRow {
	const vote = tx.select().from(votes).where(eq(votes.id, voteId)).get();
	if (!vote) throw new DomainError('plenaries_error_not_found');
	return vote;
}

/** A membership of the given council (any status); throws when it belongs elsewhere or does not exist. */
export function membershipIn(tx: Tx, councilId: number, membershipId: number): MembershipRow {
	const m = tx.select().from(memberships).where(eq(memberships.id, membershipId)).get();
	if (!m || m.councilId !== councilId) throw new DomainError('plenaries_error_member_not_found', 'membershipId');
	return m;
}

/** The council roles that may vote: the permission table's 'votes.cast' (the one place that says who may vote). */
export const VOTER_ROLES: readonly string[] = (COUNCIL_ROLES as readonly string[]).filter((r) => (RULES['votes.cast'] as readonly string[]).includes(r));

const hasVoterRole = (roles: readonly string[]) => roles.some((r) => VOTER_ROLES.includes(r));

/**
 * Entitled to vote: an active membership with a role that may cast ballots (VOTER_ROLES); under college weighting it
 * must also belong to a college (a ballot without a college could not be weighted).
 */
export function isEntitled(m: Pick<MembershipRow, 'status' | 'roles' | 'collegeId'>, weighting: string): boolean {
	return m.status === 'active' && hasVoterRole(m.roles) && (weighting !== 'college' || m.collegeId !== null);
}

/** isEntitled as an SQL condition on memberships, for aggregate queries (keep the two in step). */
export function entitledSql(councilId: number, weighting: string): SQL {
	const roles = sql.join(
		VOTER_ROLES.map((r) => sql`${r}`),
		sql`, `
	);
	return and(
		eq(memberships.councilId, councilId),
		eq(memberships.status, 'active'),
		VOTER_ROLES.length ? sql`exists (select 1 from json_each(${memberships.roles}) where value in (${roles}))` : sql`0`,
		weighting === 'college' ? isNotNull(memberships.collegeId) : undefined
	)!;
}

export function requireEntitled(m: MembershipRow, weighting: string, field = 'membershipId'): void {
	if (m.status !== 'active' || !hasVoterRole(m.roles)) throw new DomainError('plenaries_error_not_entitled', field);
	if (!isEntitled(m, weighting)) throw new DomainError('plenaries_error_no_college', field);
}

/** Active memberships of a council with their name and college, for lists and summaries. */
export function activeMembers(tx: Tx, councilId: number) {
	return tx
		.select({
			id: memberships.id,
			userId: memberships.userId,
			name: users.name,
			collegeId: memberships.collegeId,
			roles: memberships.roles,
			voteWeight: memberships.voteWeight,
			status: memberships.status
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
		.all();
}

export function collegesOf(tx: Tx, councilId: number) {
	return tx.select({ id: colleges.id, name: colleges.name, weight: colleges.weight }).from(colleges).where(eq(colleges.councilId, councilId)).orderBy(colleges.position, colleges.id).all();
}

export type Presence = {
	/** checked in and not checked out, with their mode */
	checkedIn: Map<number, 'in_room' | 'remote'>;
	/** giver → holder, every proxy of the plenary */
	proxyHolder: Map<number, number>;
	/** the holder of the giver's proxy when the proxy is in force: giver away, holder checked in */
	activeHolder(giverId: number): number | null;
	/** present, or represented by a checked-in proxy holder */
	presentOrRepresented(membershipId: number): boolean;
};

/**
 * Who is in the plenary. A proxy is in force while its giver is not checked in and its holder is: a giver who
 * checks in takes their own vote back, and an absent holder represents nobody.
 */
export function presenceOf(tx: Tx, plenaryId: number): Presence {
	const rows = tx
		.select({ membershipId: attendance.membershipId, mode: attendance.mode })
		.from(attendance)
		.where(and(eq(attendance.plenaryId, plenaryId), isNull(attendance.checkedOutAt)))
		.all();
	const checkedIn = new Map(rows.map((r) => [r.membershipId, r.mode as 'in_room' | 'remote']));
	const proxyHolder = new Map(
		tx
			.select({ giver: proxies.giverMembershipId, holder: proxies.holderMembershipId })
			.from(proxies)
			.where(eq(proxies.plenaryId, plenaryId))
			.all()
			.map((p) => [p.giver, p.holder])
	);
	const activeHolder = (giverId: number) => {
		const holder = proxyHolder.get(giverId);
		return holder !== undefined && !checkedIn.has(giverId) && checkedIn.has(holder) ? holder : null;
	};
	return { checkedIn, proxyHolder, activeHolder, presentOrRepresented: (id) => checkedIn.has(id) || activeHolder(id) !== null };
}
