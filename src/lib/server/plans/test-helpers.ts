// Shared set-up for the plans tests: a council with a secretariat and an evaluator, a plan, a small tree.
import { desc, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { auditLog } from '../audit/tables';
import { subscribe, type DomainEvent } from '../events/bus';
import { createUser, insertUser } from '../auth/users';
import { createCouncil } from '../councils/create';
import { insertMembership } from '../councils/memberships';
import { createPlan } from './plans';
import { addNode } from './tree';
import { addIndicator, type IndicatorFields } from './indicators';
import { proposals } from '../proposals/tables';
import { workshops } from '../workshops/tables';

let counter = 0;

/** A member of the council with the given roles (its own account). */
export function addMember(councilId: number, roles: string[]) {
	return db().transaction((tx) => {
		const n = ++counter;
		const user = insertUser(tx, { email: `person-${n}-${Math.random().toString(36).slice(2)}@example.org`, name: `Personne ${n}` });
		const membership = insertMembership(tx, { councilId, userId: user.id, collegeId: null, organisationId: null, roles });
		return { user, membership };
	});
}

export async function planFixture() {
	useTestDatabase();
	const admin = await createUser({ email: `admin-${Math.random()}@example.org`, name: 'Admin', isAdmin: true });
	const council = createCouncil({ name: 'Conseil test', slug: `conseil-${Math.floor(Math.random() * 1e9)}`, territory: 'Lille', description: '', isPublic: true, weighting: 'none' }, admin.id);
	const secretariat = addMember(council.id, ['secretariat']);
	const evaluator = addMember(council.id, ['evaluator']);
	const plan = createPlan({ councilId: council.id, title: 'PLDESS 2016-2020', startYear: 2016, endYear: 2020 }, secretariat.user.id);
	return { admin, council, secretariat, evaluator, plan, actorId: secretariat.user.id };
}

/** principle → strategic objective → operational objective, plus an action under the strategic objective. */
export function smallTree(planId: number, actorId: number) {
	const principle = addNode(planId, { parentId: null, kind: 'principle', title: 'Principe 1' }, actorId);
	const strategic = addNode(planId, { parentId: principle.id, kind: 'strategic_objective', title: 'Objectif stratégique 1.1' }, actorId);
	const operational = addNode(planId, { parentId: strategic.id, kind: 'operational_objective', title: 'Objectif opérationnel 1.1.1' }, actorId);
	const action = addNode(planId, { parentId: strategic.id, kind: 'action', title: 'Action 1.1.a' }, actorId);
	return { principle, strategic, operational, action };
}

export function indicatorFields(overrides: Partial<IndicatorFields> = {}): IndicatorFields {
	return {
		name: `Indicateur ${Math.random().toString(36).slice(2, 8)}`,
		definition: 'Ce qui est compté',
		unit: 'h',
		direction: 'higher',
		baselineValue: 100,
		baselineDate: '2015-12-31',
		targetValue: 200,
		targetDate: '2020-12-31',
		frequency: 'yearly',
		source: 'Service ESS',
		...overrides
	};
}

export function newIndicator(nodeId: number, actorId: number, overrides: Partial<IndicatorFields> = {}) {
	return addIndicator(nodeId, indicatorFields(overrides), actorId);
}

export function auditActions(councilId: number): string[] {
	return db()
		.select({ action: auditLog.action })
		.from(auditLog)
		.where(eq(auditLog.councilId, councilId))
		.orderBy(desc(auditLog.id))
		.all()
		.map((r) => r.action);
}

/** Collects the domain events published in this test file (empty it in beforeEach). */
export function recordEvents(): DomainEvent[] {
	const events: DomainEvent[] = [];
	subscribe((e) => events.push(e));
	return events;
}

/** A proposal of the council in the given state (adopted by default), written straight to its table. */
export function newProposal(councilId: number, authorId: number, title: string, state = 'adopted') {
	return db().insert(proposals).values({ councilId, authorId, title, summary: 's', body: 'b', state }).returning().get();
}

/** A workshop of the council, written straight to its table. */
export function newWorkshop(councilId: number, title: string, year = 2026) {
	return db().insert(workshops).values({ councilId, year, title }).returning().get();
}
