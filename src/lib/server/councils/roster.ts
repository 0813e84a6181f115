// A council's members as others may read them (API, directories): paginated, filtered by college and role.
// E-mail addresses are only selected when the caller is allowed to see them.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { colleges, memberships, organisations } from './tables';

export type RosterQuery = {
	page: number;
	pageSize: number;
	collegeId?: number;
	role?: string;
	status: 'active' | 'deactivated' | 'all';
};

export type RosterMember = {
	id: number;
	name: string;
	email?: string;
	organisation: { name: string; type: string } | null;
	college: { id: number; name: string } | null;
	roles: string[];
	status: string;
};

export function listRoster(councilId: number, query: RosterQuery, options: { withEmails: boolean }) {
	const where: SQL[] = [eq(memberships.councilId, councilId)];
	if (query.status !== 'all') where.push(eq(memberships.status, query.status));
	if (query.collegeId) where.push(eq(memberships.collegeId, query.collegeId));
	if (query.role) where.push(sql`exists (select 1 from json_each(${memberships.roles}) where json_each.value = ${query.role})`);
	const condition = and(...where);
	const total = db().select({ n: sql<number>`count(*)` }).from(memberships).where(condition).get()?.n ?? 0;
	const rows = db()
		.select({
			id: memberships.id,
			name: users.name,
			email: users.email,
			organisationName: organisations.name,
			organisationType: organisations.type,
			collegeId: colleges.id,
			collegeName: colleges.name,
			roles: memberships.roles,
			status: memberships.status
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(condition)
		.orderBy(asc(users.name), asc(memberships.id))
		.limit(query.pageSize)
		.offset((query.page - 1) * query.pageSize)
		.all();
	const members: RosterMember[] = rows.map((r) => ({
		id: r.id,
		name: r.name,
		...(options.withEmails ? { email: r.email } : {}),
		organisation: r.organisationName ? { name: r.organisationName, type: r.organisationType ?? 'other' } : null,
		college: r.collegeId !== null && r.collegeName !== null ? { id: r.collegeId, name: r.collegeName } : null,
		roles: r.roles,
		status: r.status
	}));
	return { members, total, page: query.page, pageSize: query.pageSize, pages: Math.max(1, Math.ceil(total / query.pageSize)) };
}
