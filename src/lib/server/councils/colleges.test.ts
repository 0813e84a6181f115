import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { catchError } from '../test-support';
import { addCollege, deleteCollege, listColleges, moveCollege, updateCollege, updateCollegeWeights } from './colleges';
import { updateCouncilGeneral } from './settings';
import { getCouncilById, listCouncilsForAdmin } from './councils';
import { councilOverview } from './overview';
import { addMember, auditEntries, councilFixture } from './councils.fixtures';

describe('college weights', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('refuses weights that do not total 100 in a college-weighted council, all at once', async () => {
		const { admin, council, colleges } = await councilFixture();
		const weights = colleges.map((c, i) => ({ id: c.id, weight: [40, 20, 25, 10][i] }));
		const error = catchError(() => updateCollegeWeights(council.id, weights, admin.id));
		expect(error.code).toBe('councils_error_weights_total');
		expect(error.field).toBe('weights');
		expect(error.params).toEqual({ total: 95 });
		expect(listColleges(council.id).map((c) => c.weight)).toEqual([40, 20, 25, 15]);
	});

	it('accepts weights totalling 100, decimals included, with one audit entry', async () => {
		const { admin, council } = await councilFixture({
			colleges: [
				{ name: 'A', weight: 50 },
				{ name: 'B', weight: 25 },
				{ name: 'C', weight: 25 }
			]
		});
		const colleges = listColleges(council.id);
		const weights = colleges.map((c, i) => ({ id: c.id, weight: [33.33, 33.33, 33.34][i] }));
		expect(updateCollegeWeights(council.id, weights, admin.id).changed).toBe(true);
		expect(listColleges(council.id).map((c) => c.weight)).toEqual([33.33, 33.33, 33.34]);
		const [entry] = auditEntries(council.id);
		expect(entry.action).toBe('college.weights_update');
		expect(entry.details).toEqual({ changes: { A: { from: 50, to: 33.33 }, B: { from: 25, to: 33.33 }, C: { from: 25, to: 33.34 } } });
	});

	it('accepts any weights when the council does not weight by college', async () => {
		const { admin, council, colleges } = await councilFixture({ weighting: 'none' });
		updateCollegeWeights(
			council.id,
			colleges.map((c) => ({ id: c.id, weight: 5 })),
			admin.id
		);
		expect(listColleges(council.id).map((c) => c.weight)).toEqual([5, 5, 5, 5]);
	});

	it('refuses a weight list that does not name every college', async () => {
		const { admin, council, colleges } = await councilFixture();
		const error = catchError(() =>
			updateCollegeWeights(
				council.id,
				colleges.slice(1).map((c) => ({ id: c.id, weight: 100 / 3 })),
				admin.id
			)
		);
		expect(error.code).toBe('councils_error_colleges_changed');
	});

	it('adds a college only when the total stays at 100', async () => {
		const { admin, council } = await councilFixture();
		expect(catchError(() => addCollege(council.id, { name: 'E', description: '', weight: 10 }, admin.id)).code).toBe('councils_error_weights_total_add');
		addCollege(council.id, { name: 'E', description: 'Chambres consulaires', weight: 0 }, admin.id);
		expect(listColleges(council.id).map((c) => [c.name, c.position])).toEqual([
			['A', 0],
			['B', 1],
			['C', 2],
			['D', 3],
			['E', 4]
		]);
		expect(auditEntries(council.id)[0].action).toBe('college.create');
	});
});

describe('college edits', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('renames a college, refusing a name another college has (without case)', async () => {
		const { admin, council, colleges } = await councilFixture();
		updateCollege(council.id, colleges[0].id, { name: 'Acteurs', description: 'Associations' }, admin.id);
		expect(listColleges(council.id)[0]).toMatchObject({ name: 'Acteurs', description: 'Associations' });
		const error = catchError(() => updateCollege(council.id, colleges[1].id, { name: ' acteurs ', description: '' }, admin.id));
		expect([error.code, error.field]).toEqual(['councils_error_college_name_taken', 'name']);
	});

	it('moves a college up and down, and not beyond the ends', async () => {
		const { admin, council, colleges } = await councilFixture();
		expect(moveCollege(council.id, colleges[2].id, 'up', admin.id)).toEqual({ changed: true, name: 'C', position: 1, count: 4 });
		expect(listColleges(council.id).map((c) => c.name)).toEqual(['A', 'C', 'B', 'D']);
		expect(moveCollege(council.id, colleges[0].id, 'up', admin.id).changed).toBe(false);
		moveCollege(council.id, colleges[0].id, 'down', admin.id);
		expect(listColleges(council.id).map((c) => c.name)).toEqual(['C', 'A', 'B', 'D']);
		expect(auditEntries(council.id)[0]).toMatchObject({ action: 'college.move', details: { name: 'A', direction: 'down', position: 2 } });
	});

	it('refuses to delete a college that still has active members', async () => {
		const { admin, council, colleges } = await councilFixture({ weighting: 'none' });
		addMember(council.id, colleges[1].id);
		addMember(council.id, colleges[1].id);
		const error = catchError(() => deleteCollege(council.id, colleges[1].id, admin.id));
		expect(error.code).toBe('councils_error_college_has_members');
		expect(error.params).toEqual({ name: 'B', count: 2 });
		expect(listColleges(council.id)).toHaveLength(4);
		expect(councilOverview(council.id).colleges.map((c) => c.members)).toEqual([0, 2, 0, 0]);
	});

	it('deletes a college whose members have all left, and renumbers the others', async () => {
		const { admin, council, colleges } = await councilFixture({ weighting: 'none' });
		addMember(council.id, colleges[1].id, ['member'], 'deactivated');
		deleteCollege(council.id, colleges[1].id, admin.id);
		expect(listColleges(council.id).map((c) => [c.name, c.position])).toEqual([
			['A', 0],
			['C', 1],
			['D', 2]
		]);
		expect(listCouncilsForAdmin().find((c) => c.id === council.id)!.members).toBe(0);
		expect(auditEntries(council.id)[0]).toMatchObject({ action: 'college.delete', entityType: 'college', details: { name: 'B' } });
	});

	it('refuses to delete a weighted college of a college-weighted council', async () => {
		const { admin, council, colleges } = await councilFixture();
		expect(catchError(() => deleteCollege(council.id, colleges[3].id, admin.id)).code).toBe('councils_error_college_delete_weight');
		updateCollegeWeights(
			council.id,
			colleges.map((c, i) => ({ id: c.id, weight: [40, 20, 40, 0][i] })),
			admin.id
		);
		deleteCollege(council.id, colleges[3].id, admin.id);
		expect(listColleges(council.id).map((c) => c.name)).toEqual(['A', 'B', 'C']);
	});
});

describe('audit entries share the change’s transaction', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('rolls the change back when its audit entry cannot be written', async () => {
		const { admin, council, colleges } = await councilFixture();
		db().run(sql.raw(`create trigger audit_down before insert on audit_log begin select raise(abort, 'audit down'); end`));
		expect(() => updateCouncilGeneral(council.id, { name: 'Autre', territory: 'Lille', description: '', isPublic: true }, admin.id)).toThrow(/audit down/);
		expect(() => updateCollege(council.id, colleges[0].id, { name: 'Autre', description: '' }, admin.id)).toThrow(/audit down/);
		expect(() => moveCollege(council.id, colleges[1].id, 'up', admin.id)).toThrow(/audit down/);
		expect(getCouncilById(council.id)!.name).toBe('Conseil test');
		expect(listColleges(council.id).map((c) => c.name)).toEqual(['A', 'B', 'C', 'D']);
	});
});
