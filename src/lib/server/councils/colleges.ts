// Colleges of a council: add, edit, weigh, reorder, delete. A college-weighted council keeps its weights at a
// total of 100 after every change. Each change is one transaction with its audit entry.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { colleges } from './tables';
import { changedFields, recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { checkCollegeWeights, isUniqueViolation } from './create';
import { councilChange, loadCouncilForUpdate } from './settings';
import { moveInList, nameKey } from './ordering';
import type { MoveDirection } from '../../schemas/council-options';

export type CollegeInput = { name: string; description: string };

/** Written out in full: drizzle leaves columns unqualified inside a single-table select, which would bind them to the subquery. */
export const collegeActiveMembers = sql<number>`(select count(*) from "memberships" as "m" where "m"."college_id" = "colleges"."id" and "m"."status" = 'active')`;

/** A council's colleges in display order, with their active member counts. */
export function listColleges(councilId: number, tx: Tx = db()) {
	return tx
		.select({
			id: colleges.id,
			name: colleges.name,
			description: colleges.description,
			weight: colleges.weight,
			position: colleges.position,
			members: collegeActiveMembers
		})
		.from(colleges)
		.where(eq(colleges.councilId, councilId))
		.orderBy(asc(colleges.position), asc(colleges.id))
		.all();
}
export type CollegeRow = ReturnType<typeof listColleges>[number];

function findCollege(tx: Tx, councilId: number, collegeId: number): CollegeRow {
	const college = listColleges(councilId, tx).find((c) => c.id === collegeId);
	if (!college) throw new DomainError('councils_error_college_not_found');
	return college;
}

function checkNameFree(tx: Tx, councilId: number, name: string, exceptId?: number): void {
	const key = nameKey(name);
	if (listColleges(councilId, tx).some((c) => c.id !== exceptId && nameKey(c.name) === key)) throw new DomainError('councils_error_college_name_taken', 'name', { name });
}

/** Turns a race on the unique (council, name) index into the same message as the check above. */
function guardUnique<T>(name: string, run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('councils_error_college_name_taken', 'name', { name });
		throw e;
	}
}

function writePositions(tx: Tx, ordered: readonly { id: number }[]): void {
	ordered.forEach((c, position) => tx.update(colleges).set({ position }).where(eq(colleges.id, c.id)).run());
}

export function addCollege(councilId: number, input: CollegeInput & { weight: number }, actorId: number | null) {
	return guardUnique(input.name, () =>
		councilChange(councilId, (tx) => {
			const council = loadCouncilForUpdate(tx, councilId);
			checkNameFree(tx, councilId, input.name);
			const existing = listColleges(councilId, tx);
			if (council.weighting === 'college') {
				const total = existing.reduce((sum, c) => sum + c.weight, input.weight);
				if (Math.abs(total - 100) > 0.005) throw new DomainError('councils_error_weights_total_add', 'weight', { total: Math.round(total * 100) / 100 });
			}
			const college = tx.insert(colleges).values({ councilId, name: input.name, description: input.description, weight: input.weight, position: existing.length }).returning().get();
			recordAudit(tx, {
				councilId,
				actorId,
				action: 'college.create',
				entityType: 'college',
				entityId: college.id,
				details: { name: college.name, weight: college.weight }
			});
			return { changed: true, college };
		})
	);
}

export function updateCollege(councilId: number, collegeId: number, input: CollegeInput, actorId: number | null) {
	return guardUnique(input.name, () =>
		councilChange(councilId, (tx) => {
			const before = findCollege(tx, councilId, collegeId);
			checkNameFree(tx, councilId, input.name, collegeId);
			const changes = changedFields(before, input, ['name', 'description']);
			if (!changes) return { changed: false };
			tx.update(colleges).set(input).where(eq(colleges.id, collegeId)).run();
			recordAudit(tx, { councilId, actorId, action: 'college.update', entityType: 'college', entityId: collegeId, details: { name: input.name, changes } });
			return { changed: true };
		})
	);
}

/** All the weights at once: the list must name every college of the council, and total 100 when weighting by college. */
export function updateCollegeWeights(councilId: number, weights: { id: number; weight: number }[], actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const council = loadCouncilForUpdate(tx, councilId);
		const current = listColleges(councilId, tx);
		const given = new Map(weights.map((w) => [w.id, w.weight]));
		if (given.size !== weights.length || given.size !== current.length || current.some((c) => !given.has(c.id))) throw new DomainError('councils_error_colleges_changed', 'weights');
		checkCollegeWeights(
			council.weighting,
			current.map((c) => given.get(c.id)!)
		);
		const changes: Record<string, { from: number; to: number }> = {};
		for (const c of current) {
			const to = given.get(c.id)!;
			if (to === c.weight) continue;
			changes[c.name] = { from: c.weight, to };
			tx.update(colleges).set({ weight: to }).where(eq(colleges.id, c.id)).run();
		}
		if (Object.keys(changes).length === 0) return { changed: false };
		recordAudit(tx, { councilId, actorId, action: 'college.weights_update', entityType: 'college', entityId: null, details: { changes } });
		return { changed: true };
	});
}

export function moveCollege(councilId: number, collegeId: number, direction: MoveDirection, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const college = findCollege(tx, councilId, collegeId);
		const all = listColleges(councilId, tx);
		const ordered = moveInList(all, collegeId, direction);
		if (!ordered) return { changed: false, name: college.name, position: all.findIndex((c) => c.id === collegeId), count: all.length };
		writePositions(tx, ordered);
		const position = ordered.findIndex((c) => c.id === collegeId);
		recordAudit(tx, {
			councilId,
			actorId,
			action: 'college.move',
			entityType: 'college',
			entityId: collegeId,
			details: { name: college.name, direction, position: position + 1 }
		});
		return { changed: true, name: college.name, position, count: ordered.length };
	});
}

/** Refused while active members belong to the college, and when it would break a college-weighted total. */
export function deleteCollege(councilId: number, collegeId: number, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const council = loadCouncilForUpdate(tx, councilId);
		const college = findCollege(tx, councilId, collegeId);
		if (college.members > 0) throw new DomainError('councils_error_college_has_members', 'form', { name: college.name, count: college.members });
		const rest = listColleges(councilId, tx).filter((c) => c.id !== collegeId);
		if (council.weighting === 'college') {
			const total = rest.reduce((sum, c) => sum + c.weight, 0);
			if (rest.length === 0 || Math.abs(total - 100) > 0.005) throw new DomainError('councils_error_college_delete_weight', 'form', { name: college.name, weight: college.weight });
		}
		tx.delete(colleges)
			.where(and(eq(colleges.id, collegeId), eq(colleges.councilId, councilId)))
			.run();
		writePositions(tx, rest);
		recordAudit(tx, {
			councilId,
			actorId,
			action: 'college.delete',
			entityType: 'college',
			entityId: collegeId,
			details: { name: college.name, description: college.description, weight: college.weight }
		});
		return { changed: true, name: college.name };
	});
}
