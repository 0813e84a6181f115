// The whole plan as a tree with progress at every node, in a fixed handful of queries (not one per node).
// Roll-up (progress.ts): a node's children are its own indicators (retired ones shown but not counted) and
// its child nodes that are "measured" (at least one counted indicator somewhere below them). Child nodes
// with nothing to measure (typically actions) are left out of the mean, not counted as "no data".
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { proposals } from '../proposals/tables';
import { workshops } from '../workshops/tables';
import { indicators, measurements, planNodeLinks, planNodeRecommendations, planNodes, plans, recommendations } from './tables';
import { indicatorProgress, rollUp, type IndicatorProgress, type RollUpChild, type RollUpResult } from './progress';
import type { PlanRef } from './plans';
import type { Direction, Frequency, IndicatorState, LinkTargetType, NodeKind, PlanStatus, Priority } from './values';

export type TreeIndicator = {
	id: number;
	nodeId: number;
	name: string;
	definition: string;
	unit: string;
	direction: Direction;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	frequency: Frequency;
	source: string;
	state: IndicatorState;
	validatedAt: Date | null;
	validationRef: string | null;
	weight: number | null;
	position: number;
	originIndicatorId: number | null;
	responsible: { membershipId: number; userId: number; name: string } | null;
	/** number of current values */
	pointCount: number;
	progress: IndicatorProgress;
	/** false for retired indicators: shown, not rolled up */
	counted: boolean;
};

export type TreeLink = { targetType: LinkTargetType; targetId: number; title: string | null };

export type RecommendationRef = { id: number; planId: number; nodeId: number | null; text: string; priority: Priority; position: number };

export type NodeProgress = RollUpResult & { /** at least one counted indicator in the subtree */ measured: boolean };

export type TreeNode = {
	id: number;
	parentId: number | null;
	kind: NodeKind;
	title: string;
	description: string;
	position: number;
	weight: number | null;
	originNodeId: number | null;
	progress: NodeProgress;
	indicators: TreeIndicator[];
	/** the proposals and workshops an action serves; `title` is null when the target is gone (or not shown) */
	links: TreeLink[];
	/** recommendations of this plan's evaluation that target this node */
	recommendations: RecommendationRef[];
	/** recommendations of the previous plan's evaluation this node answers (carried over) */
	answers: RecommendationRef[];
	children: TreeNode[];
};

export type PlanTree = {
	plan: {
		id: number;
		councilId: number;
		title: string;
		description: string;
		startYear: number;
		endYear: number;
		status: PlanStatus;
		predecessor: PlanRef | null;
		successor: PlanRef | null;
		updatedAt: Date;
	};
	/** roll-up of the measured principles */
	progress: NodeProgress;
	roots: TreeNode[];
	/** recommendations of this plan's evaluation aimed at the plan as a whole (no node) */
	planRecommendations: RecommendationRef[];
	counts: { nodes: number; indicators: number; measuredIndicators: number };
};

const asRef = (p: typeof plans.$inferSelect): PlanRef => ({ id: p.id, title: p.title, status: p.status as PlanStatus, startYear: p.startYear, endYear: p.endYear });
const asRec = (r: typeof recommendations.$inferSelect): RecommendationRef => ({ id: r.id, planId: r.planId, nodeId: r.nodeId, text: r.text, priority: r.priority as Priority, position: r.position });

/**
 * `workshopTitles: false` leaves workshop titles out (for visitors who may not read the council's workshops);
 * proposal titles are given for published proposals of the plan's council only.
 */
export function planTreeWithProgress(planId: number, options: { workshopTitles?: boolean } = {}): PlanTree | undefined {
	const d = db();
	const plan = d.select().from(plans).where(eq(plans.id, planId)).get();
	if (!plan) return undefined;
	const related = d
		.select()
		.from(plans)
		.where(or(plan.predecessorId !== null ? eq(plans.id, plan.predecessorId) : sql`0`, eq(plans.predecessorId, planId)))
		.all();
	const nodeRows = d.select().from(planNodes).where(eq(planNodes.planId, planId)).orderBy(asc(planNodes.position), asc(planNodes.id)).all();
	const indicatorRows = d
		.select({ i: indicators, membershipId: memberships.id, userId: users.id, userName: users.name })
		.from(indicators)
		.leftJoin(memberships, eq(memberships.id, indicators.responsibleMembershipId))
		.leftJoin(users, eq(users.id, memberships.userId))
		.where(eq(indicators.planId, planId))
		.orderBy(asc(indicators.position), asc(indicators.id))
		.all();
	// latest current value per indicator: the current row at the indicator's greatest current date
	const latestDates = d
		.select({ indicatorId: measurements.indicatorId, date: sql<string>`max(${measurements.date})`.as('latest_date'), points: sql<number>`count(*)`.as('points') })
		.from(measurements)
		.innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
		.where(and(eq(indicators.planId, planId), eq(measurements.isCurrent, true)))
		.groupBy(measurements.indicatorId)
		.as('latest_dates');
	const latestRows = d
		.select({ indicatorId: measurements.indicatorId, value: measurements.value, date: measurements.date, points: latestDates.points })
		.from(measurements)
		.innerJoin(latestDates, and(eq(latestDates.indicatorId, measurements.indicatorId), eq(latestDates.date, measurements.date)))
		.where(eq(measurements.isCurrent, true))
		.all();
	const nodeIds = nodeRows.map((n) => n.id);
	const linkRows = nodeIds.length
		? d
				.select({ nodeId: planNodeLinks.nodeId, targetType: planNodeLinks.targetType, targetId: planNodeLinks.targetId, proposalTitle: proposals.title, workshopTitle: workshops.title })
				.from(planNodeLinks)
				.innerJoin(planNodes, eq(planNodes.id, planNodeLinks.nodeId))
				.leftJoin(proposals, and(eq(planNodeLinks.targetType, 'proposal'), eq(proposals.id, planNodeLinks.targetId), eq(proposals.councilId, plan.councilId), ne(proposals.state, 'draft')))
				.leftJoin(workshops, and(eq(planNodeLinks.targetType, 'workshop'), eq(workshops.id, planNodeLinks.targetId), eq(workshops.councilId, plan.councilId)))
				.where(eq(planNodes.planId, planId))
				.orderBy(asc(planNodeLinks.id))
				.all()
		: [];
	const ownRecs = d.select().from(recommendations).where(eq(recommendations.planId, planId)).orderBy(asc(recommendations.position), asc(recommendations.id)).all();
	const answerRows = nodeIds.length
		? d
				.select({ nodeId: planNodeRecommendations.nodeId, r: recommendations })
				.from(planNodeRecommendations)
				.innerJoin(recommendations, eq(recommendations.id, planNodeRecommendations.recommendationId))
				.where(inArray(planNodeRecommendations.nodeId, d.select({ id: planNodes.id }).from(planNodes).where(eq(planNodes.planId, planId))))
				.orderBy(asc(recommendations.position), asc(recommendations.id))
				.all()
		: [];

	const latest = new Map(latestRows.map((r) => [r.indicatorId, r]));
	const byNode = new Map<number, TreeIndicator[]>();
	let measuredIndicators = 0;
	for (const { i, membershipId, userId, userName } of indicatorRows) {
		const last = latest.get(i.id);
		const progress = indicatorProgress({ ...i, direction: i.direction as Direction, latest: last ? { value: last.value, date: last.date } : null });
		if (progress.status !== 'no_data') measuredIndicators++;
		const item: TreeIndicator = {
			id: i.id,
			nodeId: i.nodeId,
			name: i.name,
			definition: i.definition,
			unit: i.unit,
			direction: i.direction as Direction,
			baselineValue: i.baselineValue,
			baselineDate: i.baselineDate,
			targetValue: i.targetValue,
			targetDate: i.targetDate,
			frequency: i.frequency as Frequency,
			source: i.source,
			state: i.state as IndicatorState,
			validatedAt: i.validatedAt,
			validationRef: i.validationRef,
			weight: i.weight,
			position: i.position,
			originIndicatorId: i.originIndicatorId,
			responsible: membershipId && userId ? { membershipId, userId, name: userName ?? '' } : null,
			pointCount: last?.points ?? 0,
			progress,
			counted: i.state !== 'retired'
		};
		const list = byNode.get(i.nodeId);
		if (list) list.push(item);
		else byNode.set(i.nodeId, [item]);
	}

	const nodes = new Map<number, TreeNode>();
	for (const n of nodeRows)
		nodes.set(n.id, {
			id: n.id,
			parentId: n.parentId,
			kind: n.kind as NodeKind,
			title: n.title,
			description: n.description,
			position: n.position,
			weight: n.weight,
			originNodeId: n.originNodeId,
			progress: { ...rollUp([]), measured: false },
			indicators: byNode.get(n.id) ?? [],
			links: [],
			recommendations: [],
			answers: [],
			children: []
		});
	const showWorkshops = options.workshopTitles ?? true;
	for (const l of linkRows)
		nodes.get(l.nodeId)?.links.push({
			targetType: l.targetType as LinkTargetType,
			targetId: l.targetId,
			title: l.targetType === 'proposal' ? l.proposalTitle : showWorkshops ? l.workshopTitle : null
		});
	const planRecommendations: RecommendationRef[] = [];
	for (const r of ownRecs) (r.nodeId !== null && nodes.has(r.nodeId) ? nodes.get(r.nodeId)!.recommendations : planRecommendations).push(asRec(r));
	for (const { nodeId, r } of answerRows) nodes.get(nodeId)?.answers.push(asRec(r));

	const roots: TreeNode[] = [];
	for (const n of nodeRows) {
		const node = nodes.get(n.id)!;
		const parent = n.parentId !== null ? nodes.get(n.parentId) : undefined;
		(parent ? parent.children : roots).push(node);
	}

	const compute = (node: TreeNode): NodeProgress => {
		const children: RollUpChild[] = [];
		let measured = false;
		for (const indicator of node.indicators)
			if (indicator.counted) {
				measured = true;
				children.push({ ...indicator.progress, weight: indicator.weight });
			}
		for (const child of node.children) {
			const p = compute(child);
			if (p.measured) {
				measured = true;
				children.push({ ...p, weight: child.weight });
			}
		}
		node.progress = { ...rollUp(children), measured };
		return node.progress;
	};
	const rootChildren: RollUpChild[] = [];
	let planMeasured = false;
	for (const root of roots) {
		const p = compute(root);
		if (p.measured) {
			planMeasured = true;
			rootChildren.push({ ...p, weight: root.weight });
		}
	}

	return {
		plan: {
			id: plan.id,
			councilId: plan.councilId,
			title: plan.title,
			description: plan.description,
			startYear: plan.startYear,
			endYear: plan.endYear,
			status: plan.status as PlanStatus,
			predecessor: (() => {
				const p = related.find((r) => r.id === plan.predecessorId);
				return p ? asRef(p) : null;
			})(),
			successor: (() => {
				const s = related.find((r) => r.predecessorId === plan.id);
				return s ? asRef(s) : null;
			})(),
			updatedAt: plan.updatedAt
		},
		progress: { ...rollUp(rootChildren), measured: planMeasured },
		roots,
		planRecommendations,
		counts: { nodes: nodeRows.length, indicators: indicatorRows.length, measuredIndicators }
	};
}
