// The evaluation's benchmark of other cities: rows of (city, one of the plan's indicators or a topic in words, value,
// unit, year, source), added, edited and removed by the evaluation team while the plan is open. Shown on the
// evaluation pages and in the report; every row names its source.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { changedFields, recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { indicators } from '../plans/tables';
import { evaluationComparisons } from './tables';
import { writableCampaign } from './campaigns';
import { clean } from './values';

export type ComparisonRow = typeof evaluationComparisons.$inferSelect;
export type ComparisonFields = { city: string; indicatorId: number | null; topic?: string; value: number; unit?: string; year?: number | null; source: string };
export type ComparisonItem = ComparisonRow & {
	/** the linked indicator's name, or null for a topic in words */
	indicatorName: string | null;
	/** what the row is about, as shown: the indicator's name, else the topic */
	subject: string;
	// `unit` is the row's, else its indicator's
};

/** Checked fields; a linked indicator must be one of the plan's, and a row without one says its topic. */
function checkFields(tx: Tx, planId: number, input: ComparisonFields) {
	const city = clean(input.city, 'city', 120);
	const topic = clean(input.topic, 'topic', 300, true);
	const source = clean(input.source, 'source', 1000);
	let unit = clean(input.unit, 'unit', 40, true);
	if (!Number.isFinite(input.value)) throw new DomainError('plans_v_number', 'value');
	const year = input.year ?? null;
	if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2200)) throw new DomainError('evaluation_error_comparison_year', 'year');
	if (input.indicatorId !== null) {
		const indicator = tx.select({ planId: indicators.planId, unit: indicators.unit }).from(indicators).where(eq(indicators.id, input.indicatorId)).get();
		if (!indicator || indicator.planId !== planId) throw new DomainError('plans_error_indicator_not_found', 'indicatorId');
		// a figure about one of the plan's indicators is in its unit unless said otherwise
		unit ||= indicator.unit;
	} else if (!topic) throw new DomainError('evaluation_error_comparison_topic', 'topic');
	return { city, indicatorId: input.indicatorId, topic, value: input.value, unit, year, source };
}

export function addComparison(tx: Tx, campaignId: number, input: ComparisonFields, actorId: number | null): ComparisonRow {
	const campaign = writableCampaign(tx, campaignId);
	const values = checkFields(tx, campaign.planId, input);
	const position =
		tx
			.select({ n: sql<number>`coalesce(max(${evaluationComparisons.position}) + 1, 0)` })
			.from(evaluationComparisons)
			.where(eq(evaluationComparisons.campaignId, campaignId))
			.get()?.n ?? 0;
	const row = tx
		.insert(evaluationComparisons)
		.values({ campaignId, ...values, position, createdBy: actorId })
		.returning()
		.get();
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'comparison.create', entityType: 'comparison', entityId: row.id, details: { campaignId, city: row.city } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId });
	return row;
}

/** The row of the campaign, else 'not found'. */
function comparisonOf(tx: Tx, campaignId: number, comparisonId: number): ComparisonRow {
	const row = tx
		.select()
		.from(evaluationComparisons)
		.where(and(eq(evaluationComparisons.id, comparisonId), eq(evaluationComparisons.campaignId, campaignId)))
		.get();
	if (!row) throw new DomainError('evaluation_error_comparison_not_found', 'form');
	return row;
}

export function updateComparison(tx: Tx, campaignId: number, comparisonId: number, input: ComparisonFields, actorId: number | null): ComparisonRow {
	const campaign = writableCampaign(tx, campaignId);
	const before = comparisonOf(tx, campaignId, comparisonId);
	const next = checkFields(tx, campaign.planId, input);
	const changes = changedFields(before, next, ['city', 'indicatorId', 'topic', 'value', 'unit', 'year', 'source']);
	if (!changes) return before;
	const row = tx
		.update(evaluationComparisons)
		.set({ ...next, updatedAt: new Date() })
		.where(eq(evaluationComparisons.id, comparisonId))
		.returning()
		.get();
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'comparison.update', entityType: 'comparison', entityId: comparisonId, details: { campaignId, changes } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId });
	return row;
}

export function deleteComparison(tx: Tx, campaignId: number, comparisonId: number, actorId: number | null): void {
	const campaign = writableCampaign(tx, campaignId);
	const before = comparisonOf(tx, campaignId, comparisonId);
	tx.delete(evaluationComparisons).where(eq(evaluationComparisons.id, comparisonId)).run();
	const { city, topic, value, year, source } = before;
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'comparison.delete', entityType: 'comparison', entityId: comparisonId, details: { campaignId, city, topic, value, year, source } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId });
}

/** The campaign's rows by city, then in the order they were added. */
export function listComparisons(campaignId: number): ComparisonItem[] {
	return db()
		.select({ c: evaluationComparisons, indicatorName: indicators.name, indicatorUnit: indicators.unit })
		.from(evaluationComparisons)
		.leftJoin(indicators, eq(indicators.id, evaluationComparisons.indicatorId))
		.where(eq(evaluationComparisons.campaignId, campaignId))
		.orderBy(asc(evaluationComparisons.city), asc(evaluationComparisons.position), asc(evaluationComparisons.id))
		.all()
		.map(({ c, indicatorName, indicatorUnit }) => ({ ...c, unit: c.unit || (indicatorUnit ?? ''), indicatorName, subject: indicatorName ?? c.topic }));
}
