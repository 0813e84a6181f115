// Plans: creation, editing, listing and the status cycle draft → adopted → under_evaluation → closed.
// Adopting a draft (which closes its predecessor) lives in next-plan.ts with the carry-over.
import { and, desc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit, changedFields } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { councils } from '../councils/tables';
import { indicators, planNodes, plans } from './tables';
import { checkYear, cleanText, LIMITS, type PlanStatus } from './values';

export type PlanRow = typeof plans.$inferSelect;
export type PlanRef = { id: number; title: string; status: PlanStatus; startYear: number; endYear: number };
export type PlanSummary = Omit<PlanRow, 'status'> & {
	status: PlanStatus;
	predecessor: PlanRef | null;
	successor: PlanRef | null;
	nodeCount: number;
	indicatorCount: number;
};

export type NewPlan = { councilId: number; title: string; description?: string; startYear: number; endYear: number };
export type PlanPatch = { title?: string; description?: string; startYear?: number; endYear?: number };

function checkPeriod(startYear: number, endYear: number): void {
	checkYear(startYear, 'startYear');
	checkYear(endYear, 'endYear');
	if (endYear < startYear) throw new DomainError('plans_error_period_order', 'endYear');
}

/** The plan, refused when it does not exist or is closed (a closed plan is read-only). */
export function writablePlan(tx: Tx, planId: number): PlanRow {
	const plan = tx.select().from(plans).where(eq(plans.id, planId)).get();
	if (!plan) throw new DomainError('plans_error_not_found', 'form');
	if (plan.status === 'closed') throw new DomainError('plans_error_plan_closed', 'form');
	return plan;
}

export function touchPlan(tx: Tx, planId: number): void {
	tx.update(plans).set({ updatedAt: new Date() }).where(eq(plans.id, planId)).run();
}

export function createPlan(input: NewPlan, actorId: number | null): PlanRow {
	const title = cleanText(input.title, 'title', LIMITS.title);
	const description = cleanText(input.description, 'description', LIMITS.description, true);
	checkPeriod(input.startYear, input.endYear);
	const plan = db().transaction((tx) => {
		if (!tx.select({ id: councils.id }).from(councils).where(eq(councils.id, input.councilId)).get()) throw new DomainError('plans_error_council_not_found', 'form');
		const row = tx.insert(plans).values({ councilId: input.councilId, title, description, startYear: input.startYear, endYear: input.endYear, status: 'draft', createdBy: actorId }).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan.create', entityType: 'plan', entityId: row.id, details: { title, startYear: row.startYear, endYear: row.endYear } });
		return row;
	});
	publish({ type: 'plan.changed', councilId: plan.councilId, planId: plan.id });
	return plan;
}

export function updatePlan(planId: number, patch: PlanPatch, actorId: number | null): PlanRow {
	const next: PlanPatch = {};
	if (patch.title !== undefined) next.title = cleanText(patch.title, 'title', LIMITS.title);
	if (patch.description !== undefined) next.description = cleanText(patch.description, 'description', LIMITS.description, true);
	if (patch.startYear !== undefined) next.startYear = patch.startYear;
	if (patch.endYear !== undefined) next.endYear = patch.endYear;
	const plan = db().transaction((tx) => {
		const before = writablePlan(tx, planId);
		checkPeriod(next.startYear ?? before.startYear, next.endYear ?? before.endYear);
		const changes = changedFields(before, next, ['title', 'description', 'startYear', 'endYear']);
		if (!changes) return before;
		const row = tx
			.update(plans)
			.set({ ...next, updatedAt: new Date() })
			.where(eq(plans.id, planId))
			.returning()
			.get();
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan.update', entityType: 'plan', entityId: planId, details: { changes } });
		return row;
	});
	publish({ type: 'plan.changed', councilId: plan.councilId, planId });
	return plan;
}

/** Status changes other than adoption (next-plan.ts): start the evaluation of an adopted plan, or close it. */
const TRANSITIONS: Partial<Record<PlanStatus, readonly PlanStatus[]>> = {
	adopted: ['under_evaluation', 'closed'],
	under_evaluation: ['closed']
};

function setStatus(planId: number, to: 'under_evaluation' | 'closed', actorId: number | null): PlanRow {
	const plan = db().transaction((tx) => {
		const before = tx.select().from(plans).where(eq(plans.id, planId)).get();
		if (!before) throw new DomainError('plans_error_not_found', 'form');
		if (!(TRANSITIONS[before.status as PlanStatus] ?? []).includes(to)) throw new DomainError('plans_error_bad_transition', 'status', { from: before.status, to });
		const now = new Date();
		const row = tx
			.update(plans)
			.set(to === 'closed' ? { status: to, closedAt: now, updatedAt: now } : { status: to, evaluationStartedAt: now, updatedAt: now })
			.where(eq(plans.id, planId))
			.returning()
			.get();
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan.status', entityType: 'plan', entityId: planId, details: { from: before.status, to } });
		return row;
	});
	publish({ type: 'plan.changed', councilId: plan.councilId, planId });
	return plan;
}

/** adopted → under_evaluation */
export function startEvaluation(planId: number, actorId: number | null): PlanRow {
	return setStatus(planId, 'under_evaluation', actorId);
}

/** adopted or under_evaluation → closed (adopting a successor does this too) */
export function closePlan(planId: number, actorId: number | null): PlanRow {
	return setStatus(planId, 'closed', actorId);
}

/** Deletes a draft plan with everything in it (a draft next plan drawn up wrongly, for instance). */
export function deleteDraftPlan(planId: number, actorId: number | null): void {
	const plan = db().transaction((tx) => {
		const row = tx.select().from(plans).where(eq(plans.id, planId)).get();
		if (!row) throw new DomainError('plans_error_not_found', 'form');
		if (row.status !== 'draft') throw new DomainError('plans_error_not_draft', 'form');
		tx.delete(plans).where(eq(plans.id, planId)).run();
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan.delete', entityType: 'plan', entityId: planId, details: { title: row.title } });
		return row;
	});
	publish({ type: 'plan.changed', councilId: plan.councilId, planId });
}

function ref(row: PlanRow | undefined): PlanRef | null {
	return row ? { id: row.id, title: row.title, status: row.status as PlanStatus, startYear: row.startYear, endYear: row.endYear } : null;
}

export function getPlan(planId: number, tx: Tx = db()): PlanSummary | undefined {
	const plan = tx.select().from(plans).where(eq(plans.id, planId)).get();
	if (!plan) return undefined;
	const predecessor = plan.predecessorId ? tx.select().from(plans).where(eq(plans.id, plan.predecessorId)).get() : undefined;
	const successor = tx.select().from(plans).where(eq(plans.predecessorId, planId)).get();
	const nodeCount =
		tx
			.select({ n: sql<number>`count(*)` })
			.from(planNodes)
			.where(eq(planNodes.planId, planId))
			.get()?.n ?? 0;
	const indicatorCount =
		tx
			.select({ n: sql<number>`count(*)` })
			.from(indicators)
			.where(eq(indicators.planId, planId))
			.get()?.n ?? 0;
	return { ...plan, status: plan.status as PlanStatus, predecessor: ref(predecessor), successor: ref(successor), nodeCount, indicatorCount };
}

/** The plan when it belongs to the council, else undefined (routes answer 404). */
export function getCouncilPlan(councilId: number, planId: number): PlanSummary | undefined {
	const plan = getPlan(planId);
	return plan && plan.councilId === councilId ? plan : undefined;
}

export type PlanListItem = PlanRef & { predecessorId: number | null; description: string; indicatorCount: number; updatedAt: Date };

/** A council's plans, the most recent period first. */
export function listPlans(councilId: number, filter: { status?: PlanStatus } = {}): PlanListItem[] {
	const where = filter.status ? and(eq(plans.councilId, councilId), eq(plans.status, filter.status)) : eq(plans.councilId, councilId);
	return db()
		.select({
			id: plans.id,
			title: plans.title,
			status: plans.status,
			startYear: plans.startYear,
			endYear: plans.endYear,
			predecessorId: plans.predecessorId,
			description: plans.description,
			updatedAt: plans.updatedAt,
			// qualified by hand: in a one-table select drizzle would print an unqualified "id", which the subquery binds to its own table
			indicatorCount: sql<number>`(select count(*) from "indicators" as "i" where "i"."plan_id" = "plans"."id")`
		})
		.from(plans)
		.where(where)
		.orderBy(desc(plans.startYear), desc(plans.id))
		.all()
		.map((r) => ({ ...r, status: r.status as PlanStatus }));
}
