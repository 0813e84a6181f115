// Who may vote comes from the permission table: RULES['votes.cast'] names the roles, and the entitlement checks in
// TypeScript (isEntitled, requireEntitled) and in SQL (entitledSql) follow it. Here the table is changed to let the
// chair vote too: a check hard-coding 'member' would still leave the chair out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { count } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { memberships } from '../councils/tables';
import { refusalCode } from '../test-support';
import { entitledSql, isEntitled, requireEntitled } from './access';
import { attendanceSummary } from './attendance';
import { plenaryFixture } from './test-fixtures';

vi.mock('../auth/permissions', async (importOriginal) => {
	const original = await importOriginal<typeof import('../auth/permissions')>();
	return { ...original, RULES: { ...original.RULES, 'votes.cast': ['member', 'chair'] } };
});

describe('who may vote follows RULES["votes.cast"]', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('counts a chair as entitled when the table lets chairs vote, in TypeScript and in SQL alike', () => {
		const f = plenaryFixture({ council: { weighting: 'none' } });
		const chair = db()
			.select()
			.from(memberships)
			.all()
			.find((m) => m.id === f.chair.membershipId)!;
		const observer = db()
			.select()
			.from(memberships)
			.all()
			.find((m) => m.id === f.observer.membershipId)!;
		expect(isEntitled(chair, 'none')).toBe(true);
		expect(isEntitled(observer, 'none')).toBe(false);
		expect(refusalCode(() => requireEntitled(chair, 'none'))).toBe('ok');
		expect(refusalCode(() => requireEntitled(observer, 'none'))).toBe('plenaries_error_not_entitled');
		const inSql = db().select({ n: count() }).from(memberships).where(entitledSql(f.council.id, 'none')).get()!.n;
		expect(inSql).toBe(f.all.length + 1); // the members and the chair; not the secretariat nor the observer
		expect(attendanceSummary(f.plenary.id).entitled).toBe(f.all.length + 1);
	});
});
