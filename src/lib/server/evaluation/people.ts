// The council's active members, for choosing a steering committee.
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { colleges, memberships, organisations } from '../councils/tables';

export type MemberOption = { membershipId: number; name: string; organisation: string | null; college: string | null };

export function listCouncilMembers(councilId: number): MemberOption[] {
	return db()
		.select({ membershipId: memberships.id, name: users.name, organisation: organisations.name, college: colleges.name })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
		.orderBy(asc(users.name))
		.all();
}
