// Recommendations of a plan's evaluation (evaluation stage 5): text, priority, the node they target.
// When the next plan is drafted, attachRecommendations links each one to the node that carries its target.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { changedFields, recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { planNodeRecommendations, planNodes, plans, recommendations } from './tables';
import { touchPlan, writablePlan } from './plans';
import { cleanText, LIMITS, oneOf, PRIORITIES, type Priority } from './values';

export type RecommendationRow = typeof recommendations.$inferSelect;
export type NewRecommendation = { nodeId: number | null; text: string; priority: Priority };

function checkTargetNode(tx: Tx, planId: number, nodeId: number | null): void {
	if (nodeId === null) return;
	const node = tx.select({ planId: planNodes.planId }).from(planNodes).where(eq(planNodes.id, nodeId)).get();
	if (!node || node.planId !== planId) throw new DomainError('plans_error_node_not_found', 'nodeId');
}

export function addRecommendation(planId: number, input: NewRecommendation, actorId: number | null): RecommendationRow {
	const text = cleanText(input.text, 'text', LIMITS.recommendation);
	const priority = oneOf(PRIORITIES, input.priority, 'priority');
	const result = db().transaction((tx) => {
		const plan = writablePlan(tx, planId);
		checkTargetNode(tx, planId, input.nodeId);
		const position =
			tx
				.select({ n: sql<number>`coalesce(max(${recommendations.position}) + 1, 0)` })
				.from(recommendations)
				.where(eq(recommendations.planId, planId))
				.get()?.n ?? 0;
		const row = tx.insert(recommendations).values({ planId, nodeId: input.nodeId, text, priority, position, createdBy: actorId }).returning().get();
		touchPlan(tx, planId);
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'recommendation.create', entityType: 'recommendation', entityId: row.id, details: { planId, nodeId: input.nodeId, priority } });
		return { row, councilId: plan.councilId };
	});
	publish({ type: 'plan.changed', councilId: result.councilId, planId });
	return result.row;
}

export function updateRecommendation(id: number, patch: Partial<NewRecommendation>, actorId: number | null): RecommendationRow {
	const next: Partial<NewRecommendation> = {};
	if (patch.text !== undefined) next.text = cleanText(patch.text, 'text', LIMITS.recommendation);
	if (patch.priority !== undefined) next.priority = oneOf(PRIORITIES, patch.priority, 'priority');
	if (patch.nodeId !== undefined) next.nodeId = patch.nodeId;
	const result = db().transaction((tx) => {
		const before = tx.select().from(recommendations).where(eq(recommendations.id, id)).get();
		if (!before) throw new DomainError('plans_error_recommendation_not_found', 'form');
		const plan = writablePlan(tx, before.planId);
		if (next.nodeId !== undefined) checkTargetNode(tx, before.planId, next.nodeId);
		const changes = changedFields(before, next, ['text', 'priority', 'nodeId']);
		if (!changes) return { row: before, councilId: plan.councilId, changed: false };
		const row = tx
			.update(recommendations)
			.set({ ...next, updatedAt: new Date() })
			.where(eq(recommendations.id, id))
			.returning()
			.get();
		touchPlan(tx, before.planId);
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'recommendation.update', entityType: 'recommendation', entityId: id, details: { planId: before.planId, changes } });
		return { row, councilId: plan.councilId, changed: true };
	});
	if (result.changed) publish({ type: 'plan.changed', councilId: result.councilId, planId: result.row.planId });
	return result.row;
}

/** Deletes a recommendation no next plan answers yet. */
export function deleteRecommendation(id: number, actorId: number | null): void {
	const result = db().transaction((tx) => {
		const before = tx.select().from(recommendations).where(eq(recommendations.id, id)).get();
		if (!before) throw new DomainError('plans_error_recommendation_not_found', 'form');
		const plan = writablePlan(tx, before.planId);
		if (tx.select({ id: planNodeRecommendations.nodeId }).from(planNodeRecommendations).where(eq(planNodeRecommendations.recommendationId, id)).get())
			throw new DomainError('plans_error_recommendation_attached', 'form');
		tx.delete(recommendations).where(eq(recommendations.id, id)).run();
		touchPlan(tx, before.planId);
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'recommendation.delete', entityType: 'recommendation', entityId: id, details: { planId: before.planId, text: before.text } });
		return { planId: before.planId, councilId: plan.councilId };
	});
	publish({ type: 'plan.changed', councilId: result.councilId, planId: result.planId });
}

export type RecommendationItem = RecommendationRow & {
	priority: Priority;
	nodeTitle: string | null;
	/** nodes of later plans that answer it */
	answeredBy: { nodeId: number; planId: number; planStatus: string; title: string }[];
};

/** A plan's recommendations in order, with their target's title and the next-plan nodes that answer them. */
export function listRecommendations(planId: number): RecommendationItem[] {
	const rows = db()
		.select({ r: recommendations, nodeTitle: planNodes.title })
		.from(recommendations)
		.leftJoin(planNodes, eq(planNodes.id, recommendations.nodeId))
		.where(eq(recommendations.planId, planId))
		.orderBy(asc(recommendations.position), asc(recommendations.id))
		.all();
	const ids = rows.map((r) => r.r.id);
	const answers = ids.length
		? db()
				.select({ recommendationId: planNodeRecommendations.recommendationId, nodeId: planNodes.id, planId: planNodes.planId, planStatus: plans.status, title: planNodes.title })
				.from(planNodeRecommendations)
				.innerJoin(planNodes, eq(planNodes.id, planNodeRecommendations.nodeId))
				.innerJoin(plans, eq(plans.id, planNodes.planId))
				.where(inArray(planNodeRecommendations.recommendationId, ids))
				.all()
		: [];
	return rows.map(({ r, nodeTitle }) => ({
		...r,
		priority: r.priority as Priority,
		nodeTitle,
		answeredBy: answers.filter((a) => a.recommendationId === r.id).map(({ recommendationId: _r, ...a }) => a)
	}));
}

/**
 * Inside the caller's transaction: attaches every recommendation of `fromPlanId` whose target node was
 * carried (nodeMap: old node id → new node id) to the new node. Returns the attached and the left-over
 * recommendation ids (targets not carried, or no target).
 */
export function attachRecommendations(tx: Tx, fromPlanId: number, nodeMap: ReadonlyMap<number, number>): { attached: number[]; notAttached: number[] } {
	const attached: number[] = [];
	const notAttached: number[] = [];
	for (const r of tx.select({ id: recommendations.id, nodeId: recommendations.nodeId }).from(recommendations).where(eq(recommendations.planId, fromPlanId)).all()) {
		const target = r.nodeId !== null ? nodeMap.get(r.nodeId) : undefined;
		if (target === undefined) {
			notAttached.push(r.id);
			continue;
		}
		tx.insert(planNodeRecommendations).values({ nodeId: target, recommendationId: r.id }).onConflictDoNothing().run();
		attached.push(r.id);
	}
	return { attached, notAttached };
}

/** Attaches one recommendation of the predecessor plan to a node of its successor by hand (or detaches it). */
export function setRecommendationAnswer(nodeId: number, recommendationId: number, attach: boolean, actorId: number | null): void {
	const result = db().transaction((tx) => {
		const node = tx.select().from(planNodes).where(eq(planNodes.id, nodeId)).get();
		if (!node) throw new DomainError('plans_error_node_not_found', 'nodeId');
		const plan = writablePlan(tx, node.planId);
		const rec = tx.select().from(recommendations).where(eq(recommendations.id, recommendationId)).get();
		if (!rec || plan.predecessorId === null || rec.planId !== plan.predecessorId) throw new DomainError('plans_error_recommendation_not_found', 'recommendationId');
		const where = and(eq(planNodeRecommendations.nodeId, nodeId), eq(planNodeRecommendations.recommendationId, recommendationId));
		const changed = attach
			? tx.insert(planNodeRecommendations).values({ nodeId, recommendationId }).onConflictDoNothing().run().changes
			: tx.delete(planNodeRecommendations).where(where).run().changes;
		if (!changed) return null;
		touchPlan(tx, plan.id);
		recordAudit(tx, {
			councilId: plan.councilId,
			actorId,
			action: attach ? 'recommendation.attach' : 'recommendation.detach',
			entityType: 'recommendation',
			entityId: recommendationId,
			details: { planId: plan.id, nodeId }
		});
		return { councilId: plan.councilId, planId: plan.id };
	});
	if (result) publish({ type: 'plan.changed', councilId: result.councilId, planId: result.planId });
}
