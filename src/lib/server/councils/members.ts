// A council's members: search and filters with pagination, one member's record and history, edits and
// deactivation. Members are never deleted: deactivation keeps the row (status + deactivatedAt).
import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { db, type Db, type Tx } from '../db/client';
import { colleges, invitations, memberships, organisations } from './tables';
import { users } from '../auth/tables';
import { auditLog } from '../audit/tables';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { normaliseEmail } from '../auth/users';
import { upsertOrganisation } from './memberships';
import { listColleges } from './colleges';

/** The council's colleges in display order (one implementation, in colleges.ts). */
export { listColleges };
import { fold } from '../../schemas/members-csv';

export const MEMBERS_PAGE_SIZE = 25;

export type MemberStatusFilter = 'active' | 'deactivated' | 'all';
export type MemberFilter = {
	q?: string;
	collegeId?: number;
	role?: string;
	organisationType?: string;
	status?: MemberStatusFilter;
	page?: number;
	pageSize?: number;
};
export type MemberListOptions = { includeEmails: boolean; includeDeactivated: boolean };

// Search ignores case and accents ("elise" finds "Élise"): SQLite's lower() knows only ASCII, so the
// connection gets a small deterministic function doing what fold() does.
const folded = new WeakSet<object>();
function ensureFold(database: Db): void {
	if (folded.has(database.$client)) return;
	database.$client.function('cocon_fold', { deterministic: true }, (value: unknown) => fold(value == null ? '' : String(value)));
	folded.add(database.$client);
}

/** A college must belong to the council, and is required when the council has colleges. */
export function checkCollege(tx: Tx, councilId: number, collegeId: number | null, field = 'collegeId'): void {
	const list = listColleges(councilId, tx);
	if (collegeId === null) {
		if (list.length > 0) throw new DomainError('members_error_college_required', field);
		return;
	}
	if (!list.some((c) => c.id === collegeId)) throw new DomainError('members_error_college_unknown', field);
}

/** What a member row shows, in the list and on the member page. */
const memberFields = {
	id: memberships.id,
	userId: memberships.userId,
	name: users.name,
	email: users.email,
	activated: sql<number>`${users.passwordHash} is not null`,
	collegeId: memberships.collegeId,
	collegeName: colleges.name,
	organisationName: organisations.name,
	organisationType: organisations.type,
	roles: memberships.roles,
	voteWeight: memberships.voteWeight,
	status: memberships.status,
	deactivatedAt: memberships.deactivatedAt
};

export function listMembers(councilId: number, filter: MemberFilter, options: MemberListOptions) {
	const database = db();
	ensureFold(database);
	const pageSize = filter.pageSize ?? MEMBERS_PAGE_SIZE;
	const status = options.includeDeactivated ? (filter.status ?? 'active') : 'active';
	const where: SQL[] = [eq(memberships.councilId, councilId)];
	if (status !== 'all') where.push(eq(memberships.status, status));
	const q = fold(filter.q ?? '');
	if (q) {
		const searched = [sql`instr(cocon_fold(${users.name}), ${q}) > 0`, sql`instr(cocon_fold(coalesce(${organisations.name}, '')), ${q}) > 0`];
		if (options.includeEmails) searched.push(sql`instr(${users.email}, ${q}) > 0`);
		where.push(sql`(${sql.join(searched, sql` or `)})`);
	}
	if (filter.collegeId) where.push(eq(memberships.collegeId, filter.collegeId));
	if (filter.role) where.push(sql`exists (select 1 from json_each(${memberships.roles}) where json_each.value = ${filter.role})`);
	if (filter.organisationType) where.push(eq(organisations.type, filter.organisationType));
	const condition = and(...where);

	const total =
		database
			.select({ n: sql<number>`count(*)` })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(condition)
			.get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const rows = database
		.select(memberFields)
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(condition)
		.orderBy(sql`cocon_fold(${users.name})`, asc(memberships.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all()
		.map((r) => ({ ...r, activated: Boolean(r.activated), email: options.includeEmails ? r.email : null }));
	return { rows, total, page, pages, pageSize };
}

export function getMember(councilId: number, membershipId: number, tx: Tx = db()) {
	return tx
		.select({ ...memberFields, userId: users.id, joinedAt: memberships.joinedAt })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(and(eq(memberships.id, membershipId), eq(memberships.councilId, councilId)))
		.get();
}

/** What the audit log says about one membership, newest first. */
export function memberHistory(councilId: number, membershipId: number, limit = 50) {
	return db()
		.select({ id: auditLog.id, action: auditLog.action, createdAt: auditLog.createdAt, actorName: users.name, details: auditLog.details })
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.where(and(eq(auditLog.councilId, councilId), eq(auditLog.entityType, 'membership'), eq(auditLog.entityId, String(membershipId))))
		.orderBy(desc(auditLog.createdAt), desc(auditLog.id))
		.limit(limit)
		.all();
}

/** Active members holding the secretariat role, the given membership left out. */
function otherActiveSecretariat(tx: Tx, councilId: number, exceptId: number): number {
	return (
		tx
			.select({ n: sql<number>`count(*)` })
			.from(memberships)
			.where(
				and(
					eq(memberships.councilId, councilId),
					eq(memberships.status, 'active'),
					sql`${memberships.id} <> ${exceptId}`,
					sql`exists (select 1 from json_each(${memberships.roles}) where json_each.value = 'secretariat')`
				)
			)
			.get()?.n ?? 0
	);
}

/** A council keeps at least one active secretariat member: refuses a change that would remove the last one. */
function keepSecretariat(tx: Tx, councilId: number, member: { id: number; status: string; roles: string[] }, field: string): void {
	if (member.status !== 'active' || !member.roles.includes('secretariat')) return;
	if (otherActiveSecretariat(tx, councilId, member.id) === 0) throw new DomainError('members_error_last_secretariat', field);
}

type MembershipFields = { collegeId: number | null; roles: string[]; voteWeight: number; organisationId: number | null };

/** The audit's "changes" (field → { from, to }), with college and organisation names rather than ids. */
function describeChanges(tx: Tx, before: MembershipFields, after: MembershipFields) {
	const collegeName = (id: number | null) => (id === null ? null : (tx.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, id)).get()?.name ?? null));
	const organisationName = (id: number | null) => (id === null ? null : (tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)).get()?.name ?? null));
	const changes: Record<string, { from: unknown; to: unknown }> = {};
	if (before.collegeId !== after.collegeId) changes.college = { from: collegeName(before.collegeId), to: collegeName(after.collegeId) };
	if (before.roles.join('|') !== after.roles.join('|')) changes.roles = { from: before.roles, to: after.roles };
	if (before.voteWeight !== after.voteWeight) changes.voteWeight = { from: before.voteWeight, to: after.voteWeight };
	if (before.organisationId !== after.organisationId) changes.organisation = { from: organisationName(before.organisationId), to: organisationName(after.organisationId) };
	return changes;
}

export type MemberUpdate = {
	collegeId: number | null;
	roles: string[];
	voteWeight: number;
	organisationName: string;
	organisationType: string;
};

export function updateMember(councilId: number, membershipId: number, input: MemberUpdate, actorId: number | null): void {
	if (input.roles.length === 0) throw new DomainError('members_v_roles_required', 'roles');
	db().transaction((tx) => {
		const current = tx
			.select()
			.from(memberships)
			.where(and(eq(memberships.id, membershipId), eq(memberships.councilId, councilId)))
			.get();
		if (!current) throw new DomainError('members_error_member_not_found');
		checkCollege(tx, councilId, input.collegeId);
		if (!input.roles.includes('secretariat')) keepSecretariat(tx, councilId, current, 'roles');
		const organisationId = upsertOrganisation(tx, input.organisationName, input.organisationType);
		const roles = [...new Set(input.roles)];
		tx.update(memberships).set({ collegeId: input.collegeId, roles, voteWeight: input.voteWeight, organisationId }).where(eq(memberships.id, membershipId)).run();
		recordAudit(tx, {
			councilId,
			actorId,
			action: 'member.update',
			entityType: 'membership',
			entityId: membershipId,
			details: { changes: describeChanges(tx, current, { collegeId: input.collegeId, roles, voteWeight: input.voteWeight, organisationId }) }
		});
	});
	publish({ type: 'member.changed', councilId, membershipId });
}

/** Deactivates (history kept, pending invitations of the address revoked) or reactivates a membership. */
export function setMemberStatus(councilId: number, membershipId: number, status: 'active' | 'deactivated', actorId: number | null, now = Date.now()): void {
	const changed = db().transaction((tx) => {
		const current = tx
			.select()
			.from(memberships)
			.where(and(eq(memberships.id, membershipId), eq(memberships.councilId, councilId)))
			.get();
		if (!current) throw new DomainError('members_error_member_not_found');
		if (current.status === status) return false;
		if (status === 'deactivated') keepSecretariat(tx, councilId, current, 'form');
		tx.update(memberships)
			.set({ status, deactivatedAt: status === 'deactivated' ? new Date(now) : null })
			.where(eq(memberships.id, membershipId))
			.run();
		let revoked = 0;
		if (status === 'deactivated') {
			const user = tx.select({ email: users.email }).from(users).where(eq(users.id, current.userId)).get();
			if (user) revoked = revokePendingFor(tx, councilId, user.email, now);
		}
		recordAudit(tx, {
			councilId,
			actorId,
			action: status === 'deactivated' ? 'member.deactivate' : 'member.reactivate',
			entityType: 'membership',
			entityId: membershipId,
			details: status === 'deactivated' ? { revokedInvitations: revoked } : {}
		});
		return true;
	});
	if (changed) publish({ type: 'member.changed', councilId, membershipId });
}

/** Revokes the pending invitations of an address to a council, inside the caller's transaction. */
export function revokePendingFor(tx: Tx, councilId: number, email: string, now: number): number {
	return tx
		.update(invitations)
		.set({ revokedAt: new Date(now) })
		.where(and(eq(invitations.councilId, councilId), eq(invitations.email, normaliseEmail(email)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
		.run().changes;
}

export function countMembers(councilId: number, status: 'active' | 'deactivated' = 'active'): number {
	return (
		db()
			.select({ n: sql<number>`count(*)` })
			.from(memberships)
			.where(and(eq(memberships.councilId, councilId), eq(memberships.status, status)))
			.get()?.n ?? 0
	);
}
