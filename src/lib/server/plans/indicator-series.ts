// An indicator's values across the plans it was carried through (next-plan.ts links each carried indicator to
// its predecessor by origin_indicator_id): the chain, oldest plan first, with the current values of each, for
// the chart's one continuous series (charts/series.ts). Two queries whatever the length of the chain.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { continuousSeries, type ChartSeries, type SeriesSegment } from '$lib/charts/series';
import { indicators, measurements, plans } from './tables';

/** How far back the chain is followed (a plan every 5 years: a century). */
const MAX_DEPTH = 20;

export type LineageItem = { indicatorId: number; planId: number; planTitle: string; startYear: number; endYear: number; planStatus: string };

/** The indicator and those it was carried from, oldest first. */
export function indicatorLineage(indicatorId: number): LineageItem[] {
	const chain: LineageItem[] = [];
	let id: number | null = indicatorId;
	while (id !== null && chain.length < MAX_DEPTH) {
		const row: { originId: number | null; planId: number; planTitle: string; startYear: number; endYear: number; planStatus: string } | undefined = db()
			.select({ originId: indicators.originIndicatorId, planId: plans.id, planTitle: plans.title, startYear: plans.startYear, endYear: plans.endYear, planStatus: plans.status })
			.from(indicators)
			.innerJoin(plans, eq(plans.id, indicators.planId))
			.where(eq(indicators.id, id))
			.get();
		if (!row || chain.some((c) => c.indicatorId === id)) break;
		chain.unshift({ indicatorId: id, planId: row.planId, planTitle: row.planTitle, startYear: row.startYear, endYear: row.endYear, planStatus: row.planStatus });
		id = row.originId;
	}
	return chain;
}

/** The chart series of an indicator over its lineage (plans the reader may not see are left out by the caller). */
export function indicatorChart(lineage: LineageItem[]): ChartSeries & { segments: Omit<SeriesSegment, 'points'>[] } {
	const ids = lineage.map((l) => l.indicatorId);
	const rows = ids.length
		? db()
				.select({ indicatorId: measurements.indicatorId, date: measurements.date, value: measurements.value })
				.from(measurements)
				.where(and(inArray(measurements.indicatorId, ids), eq(measurements.isCurrent, true)))
				.orderBy(asc(measurements.date))
				.all()
		: [];
	const segments: SeriesSegment[] = lineage.map((l) => ({
		planId: l.planId,
		planTitle: l.planTitle,
		startYear: l.startYear,
		endYear: l.endYear,
		indicatorId: l.indicatorId,
		points: rows.filter((r) => r.indicatorId === l.indicatorId)
	}));
	return { ...continuousSeries(segments), segments: segments.map(({ points: _, ...s }) => s) };
}
