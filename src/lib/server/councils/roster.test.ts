import { beforeEach, describe, expect, it } from 'vitest';
import { db, useTestDatabase } from '../db/client';
import { listRoster } from './roster';
import { addMember, councilFixture } from './councils.fixtures';
import { upsertOrganisation } from './memberships';
import { memberships } from './tables';
import { eq } from 'drizzle-orm';

describe('council roster', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('pages through active members with their organisation, college and roles, e-mails only on request', async () => {
		const { council, colleges } = await councilFixture();
		const a = addMember(council.id, colleges[0].id, ['member']);
		addMember(council.id, colleges[1].id, ['secretariat']);
		addMember(council.id, colleges[1].id, ['chair', 'member']);
		addMember(council.id, colleges[1].id, ['member'], 'deactivated');
		const orgId = db().transaction((tx) => upsertOrganisation(tx, 'Coopérative X', 'scic'));
		db().update(memberships).set({ organisationId: orgId }).where(eq(memberships.id, a.membership.id)).run();

		const all = listRoster(council.id, { page: 1, pageSize: 2, status: 'active' }, { withEmails: false });
		expect([all.total, all.pages, all.members.length]).toEqual([3, 2, 2]);
		expect(all.members.every((mb) => !('email' in mb))).toBe(true);

		const mine = listRoster(council.id, { page: 1, pageSize: 10, status: 'active', collegeId: colleges[0].id }, { withEmails: true });
		expect(mine.members).toEqual([
			{
				id: a.membership.id,
				name: a.user.name,
				email: a.user.email,
				organisation: { name: 'Coopérative X', type: 'scic' },
				college: { id: colleges[0].id, name: 'A' },
				roles: ['member'],
				status: 'active'
			}
		]);
	});

	it('filters by role inside the roles list, and by status', async () => {
		const { council, colleges } = await councilFixture();
		addMember(council.id, colleges[0].id, ['member']);
		addMember(council.id, colleges[1].id, ['chair', 'member']);
		addMember(council.id, colleges[1].id, ['member'], 'deactivated');
		expect(listRoster(council.id, { page: 1, pageSize: 10, status: 'active', role: 'member' }, { withEmails: false }).total).toBe(2);
		expect(listRoster(council.id, { page: 1, pageSize: 10, status: 'active', role: 'chair' }, { withEmails: false }).total).toBe(1);
		expect(listRoster(council.id, { page: 1, pageSize: 10, status: 'deactivated' }, { withEmails: false }).total).toBe(1);
		expect(listRoster(council.id, { page: 1, pageSize: 10, status: 'all' }, { withEmails: false }).total).toBe(3);
	});
});
