// The end of the cycle: draft the next plan from an evaluated one (carrying the nodes and indicators the
// secretariat keeps, and attaching the evaluation's recommendations), then adopt it, which closes the old plan.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { memberships } from '../councils/tables';
import { indicators, measurements, planNodeLinks, planNodes, plans } from './tables';
import { attachRecommendations } from './recommendations';
import { indicatorProgress } from './progress';
import { assertTargetsReviewed } from './target-review';
import type { PlanRow } from './plans';
import { checkYear, cleanText, endOfYear, LIMITS, type Direction } from './values';

export type DraftNextPlanInput = {
	/** nodes to carry; their ancestors are carried too (a kept objective keeps its principle) */
	keepNodeIds: number[];
	/** indicators to carry; each must sit on a carried objective and not be retired */
	keepIndicatorIds: number[];
	title: string;
	description?: string;
	startYear: number;
	endYear: number;
};

export type CarriedIndicator = {
	fromId: number;
	id: number;
	/** 'measurement': the old plan's latest current value and its date; 'baseline': never measured, old baseline kept */
	baselineFrom: 'measurement' | 'baseline';
	/** the copied target date was not after the new baseline date, or before the new period: set to 31 Dec of the new end year */
	targetDateMoved: boolean;
	/** the new baseline already reaches the copied target: the target needs raising */
	targetAlreadyReached: boolean;
};

export type DraftNextPlanResult = {
	plan: PlanRow;
	/** old node id → new node id */
	nodeMap: Map<number, number>;
	/** ancestors carried because a descendant was kept */
	addedAncestorIds: number[];
	indicators: CarriedIndicator[];
	recommendations: { attached: number[]; notAttached: number[] };
};

export function draftNextPlan(planId: number, input: DraftNextPlanInput, actorId: number | null): DraftNextPlanResult {
	const title = cleanText(input.title, 'title', LIMITS.title);
	const description = cleanText(input.description, 'description', LIMITS.description, true);
	checkYear(input.startYear, 'startYear');
	checkYear(input.endYear, 'endYear');
	if (input.endYear < input.startYear) throw new DomainError('plans_error_period_order', 'endYear');

	const result = db().transaction((tx) => {
		const source = tx.select().from(plans).where(eq(plans.id, planId)).get();
		if (!source) throw new DomainError('plans_error_not_found', 'form');
		if (source.status === 'draft') throw new DomainError('plans_error_next_from_draft', 'form');
		if (tx.select({ id: plans.id }).from(plans).where(eq(plans.predecessorId, planId)).get()) throw new DomainError('plans_error_successor_exists', 'form');
		if (input.startYear < source.endYear) throw new DomainError('plans_error_next_period', 'startYear', { endYear: source.endYear });

		const nodes = tx.select().from(planNodes).where(eq(planNodes.planId, planId)).orderBy(asc(planNodes.position), asc(planNodes.id)).all();
		const byId = new Map(nodes.map((n) => [n.id, n]));
		const kept = new Set<number>();
		const addedAncestorIds: number[] = [];
		for (const id of input.keepNodeIds) {
			if (!byId.has(id)) throw new DomainError('plans_error_keep_unknown_node', 'keepNodeIds', { id });
			kept.add(id);
		}
		for (const id of [...kept])
			for (let parent = byId.get(id)!.parentId; parent !== null && !kept.has(parent); parent = byId.get(parent)!.parentId) {
				kept.add(parent);
				addedAncestorIds.push(parent);
			}

		const oldIndicators = input.keepIndicatorIds.length ? tx.select().from(indicators).where(inArray(indicators.id, input.keepIndicatorIds)).all() : [];
		for (const id of input.keepIndicatorIds) {
			const indicator = oldIndicators.find((i) => i.id === id);
			if (!indicator || indicator.planId !== planId) throw new DomainError('plans_error_keep_unknown_indicator', 'keepIndicatorIds', { id });
			if (indicator.state === 'retired') throw new DomainError('plans_error_keep_retired_indicator', 'keepIndicatorIds', { name: indicator.name });
			if (!kept.has(indicator.nodeId)) throw new DomainError('plans_error_keep_indicator_node', 'keepIndicatorIds', { name: indicator.name });
		}

		const plan = tx
			.insert(plans)
			.values({ councilId: source.councilId, title, description, startYear: input.startYear, endYear: input.endYear, status: 'draft', predecessorId: planId, createdBy: actorId })
			.returning()
			.get();

		// nodes, parents first, positions renumbered among the kept siblings
		const nodeMap = new Map<number, number>();
		const children = new Map<number | null, typeof nodes>();
		for (const n of nodes) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
		const carry = (parentId: number | null) => {
			let position = 0;
			for (const n of children.get(parentId) ?? []) {
				if (!kept.has(n.id)) continue;
				const row = tx
					.insert(planNodes)
					.values({
						planId: plan.id,
						parentId: parentId === null ? null : nodeMap.get(parentId)!,
						kind: n.kind,
						title: n.title,
						description: n.description,
						position: position++,
						weight: n.weight,
						originNodeId: n.id
					})
					.returning({ id: planNodes.id })
					.get();
				nodeMap.set(n.id, row.id);
				carry(n.id);
			}
		};
		carry(null);

		const keptIds = [...nodeMap.keys()];
		if (keptIds.length)
			for (const link of tx.select().from(planNodeLinks).where(inArray(planNodeLinks.nodeId, keptIds)).all())
				tx.insert(planNodeLinks)
					.values({ nodeId: nodeMap.get(link.nodeId)!, targetType: link.targetType, targetId: link.targetId, createdBy: actorId })
					.run();

		// indicators: baseline = the old plan's latest current value; target copied for the secretariat to revise
		const activeMembers = new Set(
			tx
				.select({ id: memberships.id })
				.from(memberships)
				.where(and(eq(memberships.councilId, source.councilId), eq(memberships.status, 'active')))
				.all()
				.map((m) => m.id)
		);
		const carried: CarriedIndicator[] = [];
		const ordered = [...oldIndicators].sort((a, b) => a.nodeId - b.nodeId || a.position - b.position || a.id - b.id);
		const nextPosition = new Map<number, number>();
		for (const old of ordered) {
			const latest = tx
				.select({ value: measurements.value, date: measurements.date })
				.from(measurements)
				.where(and(eq(measurements.indicatorId, old.id), eq(measurements.isCurrent, true)))
				.orderBy(desc(measurements.date))
				.limit(1)
				.get();
			const baselineValue = latest ? latest.value : old.baselineValue;
			const baselineDate = latest ? latest.date : old.baselineDate;
			const targetDateMoved = old.targetDate <= baselineDate || old.targetDate < `${String(input.startYear).padStart(4, '0')}-01-01`;
			const targetDate = targetDateMoved ? endOfYear(input.endYear) : old.targetDate;
			const nodeId = nodeMap.get(old.nodeId)!;
			const position = nextPosition.get(nodeId) ?? 0;
			nextPosition.set(nodeId, position + 1);
			const row = tx
				.insert(indicators)
				.values({
					planId: plan.id,
					nodeId,
					name: old.name,
					definition: old.definition,
					unit: old.unit,
					direction: old.direction,
					baselineValue,
					baselineDate,
					targetValue: old.targetValue,
					targetDate,
					frequency: old.frequency,
					source: old.source,
					responsibleMembershipId: old.responsibleMembershipId !== null && activeMembers.has(old.responsibleMembershipId) ? old.responsibleMembershipId : null,
					state: 'proposed',
					weight: old.weight,
					position,
					originIndicatorId: old.id
				})
				.returning({ id: indicators.id })
				.get();
			const check = indicatorProgress({
				direction: old.direction as Direction,
				baselineValue,
				baselineDate,
				targetValue: old.targetValue,
				targetDate,
				latest: { value: baselineValue, date: baselineDate }
			});
			carried.push({ fromId: old.id, id: row.id, baselineFrom: latest ? 'measurement' : 'baseline', targetDateMoved, targetAlreadyReached: check.achieved });
		}

		const recs = attachRecommendations(tx, planId, nodeMap);
		recordAudit(tx, {
			councilId: source.councilId,
			actorId,
			action: 'plan.draft_next',
			entityType: 'plan',
			entityId: plan.id,
			details: { fromPlanId: planId, title, startYear: input.startYear, endYear: input.endYear, nodes: nodeMap.size, indicators: carried.length, recommendations: recs.attached.length }
		});
		return { plan, nodeMap, addedAncestorIds, indicators: carried, recommendations: recs };
	});
	publish({ type: 'plan.changed', councilId: result.plan.councilId, planId: result.plan.id });
	publish({ type: 'plan.changed', councilId: result.plan.councilId, planId });
	return result;
}

/**
 * draft → adopted, refused while a carried indicator's stale target is not reviewed (target-review.ts). The
 * predecessor is closed in the same transaction, unless it is under evaluation: then it stays open for late
 * measurements, corrections and the end of its evaluation, and the secretariat closes it when that is done.
 */
export function adoptPlan(planId: number, actorId: number | null): { plan: PlanRow; closedPredecessor: PlanRow | null } {
	const result = db().transaction((tx) => {
		const before = tx.select().from(plans).where(eq(plans.id, planId)).get();
		if (!before) throw new DomainError('plans_error_not_found', 'form');
		if (before.status !== 'draft') throw new DomainError('plans_error_bad_transition', 'status', { from: before.status, to: 'adopted' });
		if (!tx.select({ id: planNodes.id }).from(planNodes).where(eq(planNodes.planId, planId)).get()) throw new DomainError('plans_error_plan_empty', 'form');
		assertTargetsReviewed(tx, planId);
		const now = new Date();
		const plan = tx.update(plans).set({ status: 'adopted', adoptedAt: now, updatedAt: now }).where(eq(plans.id, planId)).returning().get();
		let closedPredecessor: PlanRow | null = null;
		if (before.predecessorId !== null) {
			const predecessor = tx.select().from(plans).where(eq(plans.id, before.predecessorId)).get();
			if (predecessor && predecessor.status === 'adopted') {
				closedPredecessor = tx.update(plans).set({ status: 'closed', closedAt: now, updatedAt: now }).where(eq(plans.id, predecessor.id)).returning().get();
				recordAudit(tx, {
					councilId: plan.councilId,
					actorId,
					action: 'plan.status',
					entityType: 'plan',
					entityId: predecessor.id,
					details: { from: predecessor.status, to: 'closed', successorId: planId }
				});
			}
		}
		recordAudit(tx, {
			councilId: plan.councilId,
			actorId,
			action: 'plan.adopt',
			entityType: 'plan',
			entityId: planId,
			details: { from: 'draft', to: 'adopted', closedPredecessorId: closedPredecessor?.id ?? null }
		});
		return { plan, closedPredecessor };
	});
	publish({ type: 'plan.changed', councilId: result.plan.councilId, planId });
	if (result.closedPredecessor) publish({ type: 'plan.changed', councilId: result.plan.councilId, planId: result.closedPredecessor.id });
	return result;
}
