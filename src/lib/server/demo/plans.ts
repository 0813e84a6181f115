// Demo data for plans (docs/domain.md, 'The demo council'): "PLDESS 2016-2020" under evaluation, written inside the caller's
// transaction (the services open their own transactions and publish events, which seeding must not do).
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { indicators, measurements, planNodes, plans } from '../plans/tables';
import { DEMO_PLAN, DEMO_TREE, type DemoIndicator, type DemoNode } from './plans-data';

export type DemoPlanIds = {
	/** recorded as the plan's author and as the validator of indicators */
	secretariatUserId: number | null;
	/** recorded as the person who entered the measurements */
	evaluatorUserId: number | null;
	/** memberships named responsible for the indicators, in turn */
	responsibleMembershipIds: number[];
};

export type DemoPlanResult = {
	planId: number;
	/** node key (plans-data.ts) → id */
	nodeIds: Record<string, number>;
	/** indicator key → id */
	indicatorIds: Record<string, number>;
};

const BASELINE_DATE = '2015-12-31';
const VALIDATED_AT = new Date('2016-06-14T18:00:00Z');
const YEARS = [2016, 2017, 2018, 2019, 2020];

/** When a year's value was entered: the spring after. */
const enteredAt = (year: number) => new Date(`${year + 1}-03-15T09:00:00Z`);

export function seedDemoPlans(tx: Tx, councilId: number, ids: DemoPlanIds): DemoPlanResult {
	const plan = tx
		.insert(plans)
		.values({
			councilId,
			title: DEMO_PLAN.title,
			description: DEMO_PLAN.description,
			startYear: DEMO_PLAN.startYear,
			endYear: DEMO_PLAN.endYear,
			status: 'under_evaluation',
			adoptedAt: new Date('2016-03-24T18:00:00Z'),
			evaluationStartedAt: new Date('2020-09-15T09:00:00Z'),
			createdBy: ids.secretariatUserId,
			createdAt: new Date('2016-01-20T09:00:00Z'),
			updatedAt: new Date('2021-03-15T09:00:00Z')
		})
		.returning({ id: plans.id })
		.get();
	const result: DemoPlanResult = { planId: plan.id, nodeIds: {}, indicatorIds: {} };
	let responsibleTurn = 0;
	const nextResponsible = () => (ids.responsibleMembershipIds.length ? ids.responsibleMembershipIds[responsibleTurn++ % ids.responsibleMembershipIds.length] : null);

	const addIndicator = (nodeId: number, spec: DemoIndicator, position: number) => {
		const validated = spec.validated !== false;
		const row = tx
			.insert(indicators)
			.values({
				planId: plan.id,
				nodeId,
				name: spec.name,
				definition: spec.definition,
				unit: spec.unit,
				direction: spec.direction,
				baselineValue: spec.baseline,
				baselineDate: BASELINE_DATE,
				targetValue: spec.target,
				targetDate: spec.targetDate ?? '2020-12-31',
				frequency: 'yearly',
				source: spec.source,
				responsibleMembershipId: nextResponsible(),
				state: validated ? 'validated' : 'proposed',
				validatedAt: validated ? VALIDATED_AT : null,
				validationRef: validated ? 'Délibération de la séance plénière du 14 juin 2016' : null,
				weight: spec.weight ?? null,
				position
			})
			.returning({ id: indicators.id })
			.get();
		result.indicatorIds[spec.key] = row.id;
		spec.values.forEach((value, i) => {
			if (value === null) return;
			const year = YEARS[i];
			const base = { indicatorId: row.id, date: `${year}-12-31`, periodLabel: String(year), source: spec.source, enteredBy: ids.evaluatorUserId };
			const comment = spec.comments?.[year] ?? '';
			if (spec.correction?.[0] === year) {
				// first an estimate, corrected two months later: the history keeps both
				const correctedAt = new Date(enteredAt(year).getTime() + 60 * 86_400_000);
				const first = tx
					.insert(measurements)
					.values({ ...base, value: spec.correction[1], comment: 'Estimation provisoire.', enteredAt: enteredAt(year), isCurrent: false, endedAt: correctedAt, endedBy: ids.evaluatorUserId })
					.returning({ id: measurements.id })
					.get();
				const fixed = tx
					.insert(measurements)
					.values({ ...base, value, comment: spec.correction[2], enteredAt: correctedAt })
					.returning({ id: measurements.id })
					.get();
				tx.update(measurements).set({ supersededById: fixed.id }).where(eq(measurements.id, first.id)).run();
			} else
				tx.insert(measurements)
					.values({ ...base, value, comment, enteredAt: enteredAt(year) })
					.run();
		});
	};

	const addNode = (spec: DemoNode, parentId: number | null, position: number) => {
		const row = tx
			.insert(planNodes)
			.values({ planId: plan.id, parentId, kind: spec.kind, title: spec.title, description: spec.description ?? '', position, weight: spec.weight ?? null })
			.returning({ id: planNodes.id })
			.get();
		result.nodeIds[spec.key] = row.id;
		(spec.indicators ?? []).forEach((indicator, i) => addIndicator(row.id, indicator, i));
		(spec.children ?? []).forEach((child, i) => addNode(child, row.id, i));
	};
	DEMO_TREE.forEach((principle, i) => addNode(principle, null, i));

	recordAudit(tx, {
		councilId,
		actorId: ids.secretariatUserId,
		action: 'plan.create',
		entityType: 'plan',
		entityId: plan.id,
		details: { title: DEMO_PLAN.title, demo: true, nodes: Object.keys(result.nodeIds).length, indicators: Object.keys(result.indicatorIds).length }
	});
	return result;
}
