import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase, db } from '../db/client';
import { createUser } from '../auth/users';
import { insertCouncil } from '../councils/create';
import { changedFields, listAudit, listAuditActions, listAuditActors, listAuditEntityTypes, recordAudit } from './audit';
import { auditLog } from './tables';
import { eq } from 'drizzle-orm';

describe('audit log', () => {
	let councilId: number;
	let otherCouncilId: number;
	let sophie: number;
	let karim: number;

	beforeEach(async () => {
		useTestDatabase();
		sophie = (await createUser({ email: 'sophie@example.org', name: 'Sophie' })).id;
		karim = (await createUser({ email: 'karim@example.org', name: 'Karim' })).id;
		const input = { territory: 'Lille', description: '', isPublic: true, weighting: 'none' as const };
		councilId = db().transaction((tx) => insertCouncil(tx, { ...input, name: 'Un', slug: 'un' }, null)).id;
		otherCouncilId = db().transaction((tx) => insertCouncil(tx, { ...input, name: 'Deux', slug: 'deux' }, null)).id;
		db()
			.update(auditLog)
			.set({ createdAt: new Date('2026-01-01T09:00:00') })
			.run();
		const entries = [
			{ actorId: sophie, action: 'college.update', entityType: 'college', at: '2026-03-01T10:00:00' },
			{ actorId: sophie, action: 'college.update_extra', entityType: 'college', at: '2026-03-02T10:00:00' },
			{ actorId: karim, action: 'theme.rename', entityType: 'theme', at: '2026-03-03T10:00:00' },
			{ actorId: sophie, action: 'council.update', entityType: 'council', at: '2026-03-04T23:30:00' }
		];
		for (const e of entries) {
			recordAudit(db(), { councilId, actorId: e.actorId, action: e.action, entityType: e.entityType, entityId: 1, details: { name: 'x' } });
			const last = db().select({ id: auditLog.id }).from(auditLog).orderBy(auditLog.id).all().at(-1)!;
			db()
				.update(auditLog)
				.set({ createdAt: new Date(e.at) })
				.where(eq(auditLog.id, last.id))
				.run();
		}
		recordAudit(db(), { councilId: otherCouncilId, actorId: karim, action: 'college.update', entityType: 'college' });
	});

	const list = (filter: Partial<Parameters<typeof listAudit>[0]> = {}) => listAudit({ councilId, page: 1, pageSize: 50, ...filter });

	it('lists a council’s entries only, most recent first, with the actor’s name', () => {
		const { rows, total } = list();
		expect(total).toBe(5);
		expect(rows.map((r) => r.action)).toEqual(['council.update', 'theme.rename', 'college.update_extra', 'college.update', 'council.create']);
		expect(rows[0].actorName).toBe('Sophie');
		expect(rows.at(-1)!.actorName).toBeNull();
	});

	it('filters by exact action, or by a family when the filter ends with a dot', () => {
		expect(list({ action: 'college.update' }).rows.map((r) => r.action)).toEqual(['college.update']);
		expect(list({ action: 'college.' }).total).toBe(2);
		expect(list({ action: 'college_' }).total).toBe(0);
	});

	it('filters by actor, entity type and period, and paginates', () => {
		expect(list({ actorId: karim }).rows.map((r) => r.action)).toEqual(['theme.rename']);
		expect(list({ entityType: 'college' }).total).toBe(2);
		const period = list({ from: new Date('2026-03-02T00:00:00'), to: new Date('2026-03-04T23:59:59.999') });
		expect(period.rows.map((r) => r.action)).toEqual(['council.update', 'theme.rename', 'college.update_extra']);
		const second = list({ pageSize: 2, page: 2 });
		expect([second.total, second.rows.map((r) => r.action)]).toEqual([5, ['college.update_extra', 'college.update']]);
	});

	it('offers the actions, people and entity types found in the council’s log', () => {
		expect(listAuditActions(councilId)).toEqual(['college.update', 'college.update_extra', 'council.create', 'council.update', 'theme.rename']);
		expect(listAuditActors(councilId)).toEqual([
			{ id: karim, name: 'Karim' },
			{ id: sophie, name: 'Sophie' }
		]);
		expect(listAuditEntityTypes(councilId)).toEqual(['college', 'council', 'theme']);
	});

	it('describes changes field by field', () => {
		expect(changedFields({ a: 1, b: 'x', c: true }, { a: 1, b: 'y', c: false }, ['a', 'b', 'c'])).toEqual({
			b: { from: 'x', to: 'y' },
			c: { from: true, to: false }
		});
		expect(changedFields({ a: 1 }, { a: 1 }, ['a'])).toBeNull();
	});
});
