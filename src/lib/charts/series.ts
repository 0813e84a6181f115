// The points an indicator chart draws: one continuous series over the plans an indicator was carried through
// (oldest first), with a boundary at the start of each later plan, and long series aggregated (the mean of each
// month, or of each year when even months are too many) so that the page stays small. Pure functions.

export type SeriesSegment = {
	planId: number;
	planTitle: string;
	startYear: number;
	endYear: number;
	indicatorId: number;
	/** current values, any order */
	points: { date: string; value: number }[];
};

export type ChartStep = 'raw' | 'month' | 'year';

export type ChartPoint = {
	/** the day the point sits at: the value's date, or the last day of its month or year (its last value's, if earlier) */
	date: string;
	/** '2019-03' for a month, '2019' for a year, the date itself for a raw value */
	period: string;
	/** the value, or the mean of the period's values */
	value: number;
	count: number;
	/** index of the segment (plan) it belongs to */
	segment: number;
};

export type ChartBoundary = { date: string; label: string; planId: number };

export type ChartSeries = { step: ChartStep; points: ChartPoint[]; boundaries: ChartBoundary[]; total: number };

/** Above this many values a series is aggregated by month (and by year above this many months). */
export const MAX_CHART_POINTS = 120;

const periodOf = (date: string, step: ChartStep) => (step === 'month' ? date.slice(0, 7) : step === 'year' ? date.slice(0, 4) : date);

/** The step that keeps the chart within `max` points. */
export function chartStep(dates: string[], max = MAX_CHART_POINTS): ChartStep {
	if (dates.length <= max) return 'raw';
	return new Set(dates.map((d) => d.slice(0, 7))).size <= max ? 'month' : 'year';
}

/** Means by period within each segment (a period never mixes two plans), in date order. */
export function aggregate(points: { date: string; value: number; segment: number }[], step: ChartStep): ChartPoint[] {
	const groups = new Map<string, { date: string; period: string; sum: number; count: number; segment: number }>();
	for (const p of points) {
		const period = periodOf(p.date, step);
		const key = `${p.segment}|${period}`;
		const g = groups.get(key);
		if (g) {
			g.sum += p.value;
			g.count += 1;
			if (p.date > g.date) g.date = p.date;
		} else groups.set(key, { date: p.date, period, sum: p.value, count: 1, segment: p.segment });
	}
	return [...groups.values()]
		.map((g) => ({ date: g.date, period: g.period, value: g.count === 1 ? g.sum : Math.round((g.sum / g.count) * 1e6) / 1e6, count: g.count, segment: g.segment }))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.segment - b.segment));
}

/**
 * One series over the segments (oldest plan first): each later plan starts at 1 January of its first year, and a
 * value the earlier plan took on the same day as the later one gives way to it.
 */
export function continuousSeries(segments: SeriesSegment[], max = MAX_CHART_POINTS): ChartSeries {
	const byDate = new Map<string, { date: string; value: number; segment: number }>();
	segments.forEach((s, segment) => {
		for (const p of s.points) byDate.set(p.date, { date: p.date, value: p.value, segment });
	});
	const all = [...byDate.values()];
	const step = chartStep(
		all.map((p) => p.date),
		max
	);
	const boundaries = segments.slice(1).map((s) => ({ date: `${String(s.startYear).padStart(4, '0')}-01-01`, label: `${s.startYear}-${s.endYear}`, planId: s.planId }));
	return { step, points: aggregate(all, step), boundaries, total: all.length };
}
