// Open data: a plan's indicators and measurements as rows (CSV, formulas neutralised) and as JSON.
import { and, asc, eq } from 'drizzle-orm';
import { csvDocument, type CsvDialect } from '../csv';
import { db } from '../db/client';
import { indicators, measurements, planNodes } from './tables';
import type { PlanTree, TreeNode, TreeIndicator } from './tree-progress';

function walk(nodes: TreeNode[], path: string[] = []): { node: TreeNode; path: string[] }[] {
	return nodes.flatMap((n) => [{ node: n, path }, ...walk(n.children, [...path, n.title])]);
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);

type IndicatorDefinition = Pick<
	typeof indicators.$inferSelect,
	'name' | 'definition' | 'unit' | 'direction' | 'baselineValue' | 'baselineDate' | 'targetValue' | 'targetDate' | 'frequency' | 'source' | 'state' | 'validatedAt' | 'validationRef'
>;

/** What an indicator measures and its state, as every JSON export and the API write it. */
export function indicatorDefinitionJson(i: IndicatorDefinition) {
	return {
		name: i.name,
		definition: i.definition,
		unit: i.unit,
		direction: i.direction,
		baseline: { value: i.baselineValue, date: i.baselineDate },
		target: { value: i.targetValue, date: i.targetDate },
		frequency: i.frequency,
		source: i.source,
		state: i.state,
		validatedAt: i.validatedAt?.toISOString() ?? null,
		/** what validated it: 'vote:<id>' (a plenary vote), 'approval:<id>' (an online round) or the reference written by hand */
		validationRef: i.validationRef ?? null
	};
}

export function indicatorJson(i: TreeIndicator) {
	return {
		id: i.id,
		objectiveId: i.nodeId,
		...indicatorDefinitionJson(i),
		responsible: i.responsible?.name ?? null,
		weight: i.weight,
		progress: { status: i.progress.status, value: round(i.progress.progress), expected: round(i.progress.expected), achieved: i.progress.achieved, latest: i.progress.latest ?? null }
	};
}

export function nodeJson(n: TreeNode): unknown {
	return {
		id: n.id,
		kind: n.kind,
		title: n.title,
		description: n.description,
		weight: n.weight,
		progress: { status: n.progress.status, value: round(n.progress.progress), measured: n.progress.measured },
		indicators: n.indicators.map(indicatorJson),
		links: n.links.map((l) => ({ targetType: l.targetType, targetId: l.targetId })),
		recommendations: n.recommendations.map((r) => ({ id: r.id, text: r.text, priority: r.priority })),
		/** the previous plan's recommendations this node answers */
		answers: n.answers.map((r) => ({ id: r.id, planId: r.planId, text: r.text, priority: r.priority })),
		children: n.children.map(nodeJson)
	};
}

export function planJson(tree: PlanTree, slug: string) {
	const p = tree.plan;
	return {
		id: p.id,
		title: p.title,
		description: p.description,
		period: { start: p.startYear, end: p.endYear },
		status: p.status,
		predecessor: p.predecessor ? { id: p.predecessor.id, title: p.predecessor.title } : null,
		successor: p.successor ? { id: p.successor.id, title: p.successor.title } : null,
		updatedAt: p.updatedAt.toISOString(),
		progress: { status: tree.progress.status, value: round(tree.progress.progress) },
		principles: tree.roots.map(nodeJson),
		recommendations: tree.planRecommendations.map((r) => ({ id: r.id, text: r.text, priority: r.priority })),
		links: { page: `/c/${slug}/plans/${p.id}`, self: `/api/v1/councils/${slug}/plans/${p.id}` }
	};
}

export function indicatorsCsv(tree: PlanTree, dialect: CsvDialect = 'standard'): string {
	const data = walk(tree.roots).flatMap(({ node, path }) =>
		node.indicators.map((i) => [
			i.id,
			tree.plan.title,
			[...path, node.title].join(' > '),
			i.name,
			i.definition,
			i.unit,
			i.direction,
			i.baselineValue,
			i.baselineDate,
			i.targetValue,
			i.targetDate,
			i.frequency,
			i.source,
			i.state,
			i.progress.latest?.value ?? '',
			i.progress.latest?.date ?? '',
			i.progress.progress === null ? '' : round(i.progress.progress),
			i.progress.status,
			// docs/domain.md, 'Indicators': who is responsible, and when stakeholders validated it (as in plan.json); last, so that older columns keep their place
			i.responsible?.name ?? '',
			i.validatedAt?.toISOString() ?? '',
			i.validationRef ?? ''
		])
	);
	return csvDocument(
		[
			'id',
			'plan',
			'objective',
			'name',
			'definition',
			'unit',
			'direction',
			'baseline_value',
			'baseline_date',
			'target_value',
			'target_date',
			'frequency',
			'source',
			'state',
			'latest_value',
			'latest_date',
			'progress',
			'status',
			'responsible',
			'validated_at',
			'validation_ref'
		],
		data,
		dialect
	);
}

/** Current values of every indicator of the plan (corrected ones replaced, retracted ones left out). */
export function measurementRows(planId: number) {
	return db()
		.select({
			indicatorId: indicators.id,
			indicator: indicators.name,
			unit: indicators.unit,
			date: measurements.date,
			period: measurements.periodLabel,
			value: measurements.value,
			source: measurements.source,
			comment: measurements.comment
		})
		.from(measurements)
		.innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
		.innerJoin(planNodes, eq(planNodes.id, indicators.nodeId))
		.where(and(eq(indicators.planId, planId), eq(measurements.isCurrent, true)))
		.orderBy(asc(indicators.id), asc(measurements.date))
		.all();
}

export function measurementsCsv(planId: number, dialect: CsvDialect = 'standard'): string {
	return csvDocument(
		['indicator_id', 'indicator', 'unit', 'date', 'period', 'value', 'source', 'comment'],
		measurementRows(planId).map((r) => [r.indicatorId, r.indicator, r.unit, r.date, r.period, r.value, r.source, r.comment]),
		dialect
	);
}
