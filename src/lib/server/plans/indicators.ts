// Indicators on objectives (see docs/domain.md, 'Indicators'): create, edit, move, and the states proposed → validated → retired.
// Validation (evaluation stage 2) records what validated it, e.g. a vote. Editing what an indicator measures
// (SUBSTANTIVE_FIELDS) after validation sends it back to 'proposed': stakeholders validated the old definition.
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { changedFields, recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { indicators, measurements, planNodes, plans } from './tables';
import { touchPlan, writablePlan } from './plans';
import { indicatorProgress, type IndicatorProgress } from './progress';
import {
	checkDate,
	checkNumber,
	checkWeight,
	cleanText,
	DIRECTIONS,
	FREQUENCIES,
	INDICATOR_NODE_KINDS,
	LIMITS,
	oneOf,
	type Direction,
	type Frequency,
	type IndicatorState,
	type NodeKind
} from './values';

export type IndicatorRow = typeof indicators.$inferSelect;

export type IndicatorFields = {
	name: string;
	definition?: string;
	unit?: string;
	direction: Direction;
	baselineValue: number;
	/** YYYY-MM-DD */
	baselineDate: string;
	targetValue: number;
	/** YYYY-MM-DD, after the baseline date */
	targetDate: string;
	frequency?: Frequency;
	source?: string;
	responsibleMembershipId?: number | null;
	/** relative weight in the objective's roll-up; null = 1, 0 = shown but not counted */
	weight?: number | null;
};
export type IndicatorPatch = Partial<IndicatorFields>;

/** Changing one of these on a validated indicator returns it to 'proposed'. */
export const SUBSTANTIVE_FIELDS = ['name', 'definition', 'unit', 'direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const;
const EDITABLE_FIELDS = [...SUBSTANTIVE_FIELDS, 'frequency', 'source', 'responsibleMembershipId', 'weight'] as const;

/** Field-by-field checks; returns the cleaned values of the fields present. */
function cleanFields(input: IndicatorPatch): IndicatorPatch {
	const out: IndicatorPatch = {};
	if (input.name !== undefined) out.name = cleanText(input.name, 'name', LIMITS.name);
	if (input.definition !== undefined) out.definition = cleanText(input.definition, 'definition', LIMITS.definition, true);
	if (input.unit !== undefined) out.unit = cleanText(input.unit, 'unit', LIMITS.unit, true);
	if (input.direction !== undefined) out.direction = oneOf(DIRECTIONS, input.direction, 'direction');
	if (input.baselineValue !== undefined) out.baselineValue = checkNumber(input.baselineValue, 'baselineValue');
	if (input.baselineDate !== undefined) out.baselineDate = checkDate(input.baselineDate, 'baselineDate');
	if (input.targetValue !== undefined) out.targetValue = checkNumber(input.targetValue, 'targetValue');
	if (input.targetDate !== undefined) out.targetDate = checkDate(input.targetDate, 'targetDate');
	if (input.frequency !== undefined) out.frequency = oneOf(FREQUENCIES, input.frequency, 'frequency');
	if (input.source !== undefined) out.source = cleanText(input.source, 'source', LIMITS.source, true);
	if (input.responsibleMembershipId !== undefined) out.responsibleMembershipId = input.responsibleMembershipId;
	if (input.weight !== undefined) out.weight = checkWeight(input.weight);
	return out;
}

/** The target must not be worse than the baseline (equal = a level to hold) and come after it. */
function checkTarget(v: { direction: string; baselineValue: number; targetValue: number; baselineDate: string; targetDate: string }): void {
	if (v.direction === 'higher' ? v.targetValue < v.baselineValue : v.targetValue > v.baselineValue) throw new DomainError('plans_error_target_direction', 'targetValue', { direction: v.direction });
	if (v.targetDate <= v.baselineDate) throw new DomainError('plans_error_target_date_order', 'targetDate');
}

function checkResponsible(tx: Tx, councilId: number, membershipId: number | null | undefined): void {
	if (membershipId === null || membershipId === undefined) return;
	const m = tx.select({ councilId: memberships.councilId, status: memberships.status }).from(memberships).where(eq(memberships.id, membershipId)).get();
	if (!m || m.councilId !== councilId || m.status !== 'active') throw new DomainError('plans_error_responsible_not_member', 'responsibleMembershipId');
}

/** Names are unique in a plan without regard to case (compared in JS: SQLite's lower() only folds ASCII). */
export function nameKey(name: string): string {
	return name.normalize('NFC').trim().toLocaleLowerCase('fr');
}

function checkNameFree(tx: Tx, planId: number, name: string, exceptId?: number): void {
	const key = nameKey(name);
	const rows = tx
		.select({ id: indicators.id, name: indicators.name })
		.from(indicators)
		.where(and(eq(indicators.planId, planId), exceptId ? ne(indicators.id, exceptId) : undefined))
		.all();
	if (rows.some((r) => nameKey(r.name) === key)) throw new DomainError('plans_error_indicator_name_taken', 'name');
}

function objectiveNode(tx: Tx, nodeId: number) {
	const node = tx.select().from(planNodes).where(eq(planNodes.id, nodeId)).get();
	if (!node) throw new DomainError('plans_error_node_not_found', 'nodeId');
	if (!INDICATOR_NODE_KINDS.includes(node.kind as NodeKind)) throw new DomainError('plans_error_indicator_not_objective', 'nodeId');
	return node;
}

/** The indicator with its council, refused when missing or when its plan is closed. */
export function writableIndicator(tx: Tx, indicatorId: number): IndicatorRow & { councilId: number } {
	const row = tx.select().from(indicators).where(eq(indicators.id, indicatorId)).get();
	if (!row) throw new DomainError('plans_error_indicator_not_found', 'form');
	return { ...row, councilId: writablePlan(tx, row.planId).councilId };
}

function nextPosition(tx: Tx, nodeId: number): number {
	return (
		tx
			.select({ n: sql<number>`coalesce(max(${indicators.position}) + 1, 0)` })
			.from(indicators)
			.where(eq(indicators.nodeId, nodeId))
			.get()?.n ?? 0
	);
}

export function addIndicator(nodeId: number, input: IndicatorFields, actorId: number | null): IndicatorRow {
	for (const field of ['name', 'direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const)
		if (input[field] === undefined || input[field] === null) throw new DomainError('plans_error_required', field);
	const v = cleanFields(input) as IndicatorFields;
	checkTarget(v);
	const row = db().transaction((tx) => {
		const node = objectiveNode(tx, nodeId);
		const plan = writablePlan(tx, node.planId);
		checkNameFree(tx, plan.id, v.name);
		checkResponsible(tx, plan.councilId, v.responsibleMembershipId);
		const created = tx
			.insert(indicators)
			.values({
				planId: plan.id,
				nodeId,
				name: v.name,
				definition: v.definition ?? '',
				unit: v.unit ?? '',
				direction: v.direction,
				baselineValue: v.baselineValue,
				baselineDate: v.baselineDate,
				targetValue: v.targetValue,
				targetDate: v.targetDate,
				frequency: v.frequency ?? 'yearly',
				source: v.source ?? '',
				responsibleMembershipId: v.responsibleMembershipId ?? null,
				weight: v.weight ?? null,
				state: 'proposed',
				position: nextPosition(tx, nodeId)
			})
			.returning()
			.get();
		touchPlan(tx, plan.id);
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'indicator.create', entityType: 'indicator', entityId: created.id, details: { planId: plan.id, nodeId, name: v.name } });
		return { ...created, councilId: plan.councilId };
	});
	publish({ type: 'indicator.changed', councilId: row.councilId, planId: row.planId, indicatorId: row.id, what: 'definition' });
	const { councilId: _c, ...indicator } = row;
	return indicator;
}

/** Edits an indicator; `revalidationNeeded` says a validated indicator went back to 'proposed'. */
export function updateIndicator(indicatorId: number, patch: IndicatorPatch, actorId: number | null): { indicator: IndicatorRow; revalidationNeeded: boolean } {
	const next = cleanFields(patch);
	const result = db().transaction((tx) => {
		const before = writableIndicator(tx, indicatorId);
		if (before.state === 'retired') throw new DomainError('plans_error_indicator_retired', 'form');
		const changes = changedFields(before, next as Partial<IndicatorRow>, EDITABLE_FIELDS);
		if (!changes) return { row: before, revalidationNeeded: false, changed: false };
		const substantive = SUBSTANTIVE_FIELDS.some((f) => f in changes);
		if (['direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'].some((f) => f in changes)) checkTarget({ ...before, ...next } as IndicatorRow);
		if (next.name !== undefined) checkNameFree(tx, before.planId, next.name, indicatorId);
		if ('responsibleMembershipId' in changes) checkResponsible(tx, before.councilId, next.responsibleMembershipId);
		const revalidationNeeded = substantive && before.state === 'validated';
		const row = tx
			.update(indicators)
			.set({ ...next, ...(revalidationNeeded ? { state: 'proposed', validatedAt: null, validationRef: null } : {}), updatedAt: new Date() })
			.where(eq(indicators.id, indicatorId))
			.returning()
			.get();
		touchPlan(tx, before.planId);
		recordAudit(tx, {
			councilId: before.councilId,
			actorId,
			action: 'indicator.update',
			entityType: 'indicator',
			entityId: indicatorId,
			details: { planId: before.planId, changes, revalidationNeeded }
		});
		return { row: { ...row, councilId: before.councilId }, revalidationNeeded, changed: true };
	});
	if (result.changed) publish({ type: 'indicator.changed', councilId: result.row.councilId, planId: result.row.planId, indicatorId, what: 'definition' });
	const { councilId: _c, ...indicator } = result.row;
	return { indicator, revalidationNeeded: result.revalidationNeeded };
}

/** Moves an indicator to `position` (0-based, clamped) under an objective of the same plan (in place: a no-op). */
export function moveIndicator(indicatorId: number, to: { nodeId: number; position: number }, actorId: number | null): IndicatorRow {
	if (!Number.isInteger(to.position)) throw new DomainError('plans_error_bad_position', 'position');
	const result = db().transaction((tx) => {
		const before = writableIndicator(tx, indicatorId);
		const node = objectiveNode(tx, to.nodeId);
		if (node.planId !== before.planId) throw new DomainError('plans_error_node_not_found', 'nodeId');
		const order = (nodeId: number) =>
			tx.select({ id: indicators.id, position: indicators.position }).from(indicators).where(eq(indicators.nodeId, nodeId)).orderBy(asc(indicators.position), asc(indicators.id)).all();
		const write = (rows: { id: number; position: number }[]) => rows.forEach((r, position) => r.position !== position && tx.update(indicators).set({ position }).where(eq(indicators.id, r.id)).run());
		if (before.nodeId !== to.nodeId) {
			write(order(before.nodeId).filter((r) => r.id !== indicatorId));
			tx.update(indicators).set({ nodeId: to.nodeId, updatedAt: new Date() }).where(eq(indicators.id, indicatorId)).run();
		}
		const others = order(to.nodeId).filter((r) => r.id !== indicatorId);
		const position = Math.max(0, Math.min(to.position, others.length));
		if (before.nodeId === to.nodeId && position === before.position) return { ...before, moved: false };
		others.splice(position, 0, { id: indicatorId, position: -1 });
		write(others);
		touchPlan(tx, before.planId);
		recordAudit(tx, {
			councilId: before.councilId,
			actorId,
			action: 'indicator.move',
			entityType: 'indicator',
			entityId: indicatorId,
			details: { planId: before.planId, from: { nodeId: before.nodeId, position: before.position }, to: { nodeId: to.nodeId, position } }
		});
		return { ...before, nodeId: to.nodeId, position, moved: true };
	});
	if (result.moved) publish({ type: 'indicator.changed', councilId: result.councilId, planId: result.planId, indicatorId, what: 'definition' });
	const { councilId: _c, moved: _m, ...indicator } = result;
	return indicator;
}

const STATE_TRANSITIONS: Record<IndicatorState, readonly IndicatorState[]> = {
	proposed: ['validated', 'retired'],
	validated: ['retired'],
	retired: []
};

/** A state change inside the caller's transaction (checks, row, audit); the caller publishes after commit. */
function transitionIn(tx: Tx, indicatorId: number, to: IndicatorState, set: Partial<IndicatorRow>, details: Record<string, unknown>, actorId: number | null): IndicatorRow & { councilId: number } {
	const before = writableIndicator(tx, indicatorId);
	if (!STATE_TRANSITIONS[before.state as IndicatorState].includes(to)) throw new DomainError('plans_error_bad_transition', 'state', { from: before.state, to });
	const row = tx
		.update(indicators)
		.set({ ...set, state: to, updatedAt: new Date() })
		.where(eq(indicators.id, indicatorId))
		.returning()
		.get();
	touchPlan(tx, before.planId);
	recordAudit(tx, {
		councilId: before.councilId,
		actorId,
		action: to === 'validated' ? 'indicator.validate' : 'indicator.retire',
		entityType: 'indicator',
		entityId: indicatorId,
		details: { planId: before.planId, from: before.state, ...details }
	});
	return { ...row, councilId: before.councilId };
}

function transition(indicatorId: number, to: IndicatorState, set: Partial<IndicatorRow>, details: Record<string, unknown>, actorId: number | null): IndicatorRow {
	const result = db().transaction((tx) => transitionIn(tx, indicatorId, to, set, details, actorId));
	publish({ type: 'indicator.changed', councilId: result.councilId, planId: result.planId, indicatorId, what: 'state' });
	const { councilId: _c, ...indicator } = result;
	return indicator;
}

/**
 * proposed → validated inside the caller's transaction, for the vote engine: a plenary vote or an approval round
 * that adopts the indicator validates it in the same transaction that closes it. The caller publishes
 * 'indicator.changed' after commit.
 */
export function validateIndicatorIn(
	tx: Tx,
	indicatorId: number,
	input: { ref: string; validatedAt: Date; details?: Record<string, unknown> },
	actorId: number | null
): IndicatorRow & { councilId: number } {
	return transitionIn(tx, indicatorId, 'validated', { validatedAt: input.validatedAt, validationRef: input.ref }, { ref: input.ref, ...input.details }, actorId);
}

/** proposed → validated, recording what validated it (e.g. 'vote:42') and when (default now). */
export function validateIndicator(indicatorId: number, input: { ref: string; validatedAt?: Date }, actorId: number | null): IndicatorRow {
	const ref = cleanText(input.ref, 'ref', LIMITS.ref);
	const validatedAt = input.validatedAt ?? new Date();
	if (Number.isNaN(validatedAt.getTime())) throw new DomainError('plans_error_bad_date', 'validatedAt');
	return transition(indicatorId, 'validated', { validatedAt, validationRef: ref }, { ref }, actorId);
}

/** proposed or validated → retired: kept with its measurements, no longer measured nor rolled up. */
export function retireIndicator(indicatorId: number, actorId: number | null, input: { reason?: string } = {}): IndicatorRow {
	const reason = cleanText(input.reason, 'reason', LIMITS.comment, true);
	return transition(indicatorId, 'retired', { retiredAt: new Date() }, { reason }, actorId);
}

/** Deletes a proposed indicator that has never been measured (anything else is retired instead). */
export function deleteIndicator(indicatorId: number, actorId: number | null): void {
	const row = db().transaction((tx) => {
		const before = writableIndicator(tx, indicatorId);
		if (before.state !== 'proposed') throw new DomainError('plans_error_indicator_not_deletable', 'form');
		if (tx.select({ id: measurements.id }).from(measurements).where(eq(measurements.indicatorId, indicatorId)).get()) throw new DomainError('plans_error_indicator_has_measurements', 'form');
		tx.delete(indicators).where(eq(indicators.id, indicatorId)).run();
		touchPlan(tx, before.planId);
		recordAudit(tx, { councilId: before.councilId, actorId, action: 'indicator.delete', entityType: 'indicator', entityId: indicatorId, details: { planId: before.planId, name: before.name } });
		return before;
	});
	publish({ type: 'indicator.changed', councilId: row.councilId, planId: row.planId, indicatorId, what: 'definition' });
}

export type IndicatorDetail = Omit<IndicatorRow, 'direction' | 'frequency' | 'state'> & {
	direction: Direction;
	frequency: Frequency;
	state: IndicatorState;
	councilId: number;
	node: { id: number; title: string; kind: NodeKind };
	responsible: { membershipId: number; userId: number; name: string } | null;
	progress: IndicatorProgress;
};

/** One indicator with its objective, responsible member and progress (from its latest current value). */
export function getIndicator(indicatorId: number): IndicatorDetail | undefined {
	const row = db()
		.select({
			indicator: indicators,
			councilId: plans.councilId,
			node: { id: planNodes.id, title: planNodes.title, kind: planNodes.kind },
			membershipId: memberships.id,
			userId: users.id,
			userName: users.name
		})
		.from(indicators)
		.innerJoin(planNodes, eq(planNodes.id, indicators.nodeId))
		.innerJoin(plans, eq(plans.id, indicators.planId))
		.leftJoin(memberships, eq(memberships.id, indicators.responsibleMembershipId))
		.leftJoin(users, eq(users.id, memberships.userId))
		.where(eq(indicators.id, indicatorId))
		.get();
	if (!row) return undefined;
	const latest = db()
		.select({ value: measurements.value, date: measurements.date })
		.from(measurements)
		.where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.isCurrent, true)))
		.orderBy(desc(measurements.date))
		.limit(1)
		.get();
	const i = row.indicator;
	return {
		...i,
		direction: i.direction as Direction,
		frequency: i.frequency as Frequency,
		state: i.state as IndicatorState,
		councilId: row.councilId,
		node: { ...row.node, kind: row.node.kind as NodeKind },
		responsible: row.membershipId && row.userId ? { membershipId: row.membershipId, userId: row.userId, name: row.userName ?? '' } : null,
		progress: indicatorProgress({ ...i, direction: i.direction as Direction, latest: latest ?? null })
	};
}

/** A plan's indicators in tree order of their objectives' ids and their own positions (flat; the tree is in tree-progress.ts). */
export function listIndicators(planId: number): (IndicatorRow & { nodeTitle: string })[] {
	return db()
		.select({ indicator: indicators, nodeTitle: planNodes.title })
		.from(indicators)
		.innerJoin(planNodes, eq(planNodes.id, indicators.nodeId))
		.where(eq(indicators.planId, planId))
		.orderBy(asc(indicators.nodeId), asc(indicators.position), asc(indicators.id))
		.all()
		.map((r) => ({ ...r.indicator, nodeTitle: r.nodeTitle }));
}
