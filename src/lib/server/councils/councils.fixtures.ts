// Shared set-up for the councils tests: an admin, a council with colleges, a member in one of them.
import { createUser, insertUser } from '../auth/users';
import { db } from '../db/client';
import { createCouncil, type NewCouncil } from './create';
import { insertMembership } from './memberships';
import { listColleges } from './colleges';
import { auditLog } from '../audit/tables';
import { memberships } from './tables';
import { desc, eq } from 'drizzle-orm';

export async function councilFixture(overrides: Partial<NewCouncil> = {}) {
	const admin = await createUser({ email: `admin-${Math.random()}@example.org`, name: 'Admin', isAdmin: true });
	const council = createCouncil(
		{
			name: 'Conseil test',
			slug: `conseil-${Math.floor(Math.random() * 1e9)}`,
			territory: 'Lille',
			description: '',
			isPublic: true,
			weighting: 'college',
			colleges: [
				{ name: 'A', weight: 40 },
				{ name: 'B', weight: 20 },
				{ name: 'C', weight: 25 },
				{ name: 'D', weight: 15 }
			],
			...overrides
		},
		admin.id
	);
	return { admin, council, colleges: listColleges(council.id) };
}

export function addMember(councilId: number, collegeId: number | null, roles = ['member'], status: 'active' | 'deactivated' = 'active') {
	return db().transaction((tx) => {
		const user = insertUser(tx, { email: `m-${Math.random()}@example.org`, name: `Member ${Math.random().toString(36).slice(2, 7)}` });
		const membership = insertMembership(tx, { councilId, userId: user.id, collegeId, organisationId: null, roles });
		if (status === 'deactivated') tx.update(memberships).set({ status, deactivatedAt: new Date() }).where(eq(memberships.id, membership.id)).run();
		return { user, membership: { ...membership, status } };
	});
}

export function auditEntries(councilId: number) {
	return db().select().from(auditLog).where(eq(auditLog.councilId, councilId)).orderBy(desc(auditLog.id)).all();
}
