// Axes of the indicator charts, shared by the page's SVG chart and the report PDF: time runs linearly (each value
// sits at its own date), years are marked by a tick at 1 January and labelled in the middle of their span (a value
// dated 31/12/2016 sits at the end of "2016", and the last year has its label), and the value axis has a few
// rounded ticks (1, 2 or 5 × 10^n) that the caller formats in the reader's locale.

const DAY = 86_400_000;

/** Milliseconds (UTC midnight) of an ISO date or date-time. */
export const dayOf = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** The time domain [first, last] of the dates, one day wide at least. */
export function timeDomain(dates: string[]): [number, number] {
	const ts = dates.map(dayOf);
	const lo = Math.min(...ts);
	const hi = Math.max(...ts);
	return [lo, hi === lo ? lo + DAY : hi];
}

/** Where t falls on [0, 1] of the domain. */
export const timeFraction = (t: number, [t0, t1]: [number, number]): number => (t - t0) / (t1 - t0);

export type YearAxis = {
	/** 1 January of each year inside the domain: the boundaries between years */
	ticks: number[];
	/** one label per year (every `every` years when room is short), at the middle of the year's visible span */
	labels: { t: number; label: string }[];
};

/**
 * Year boundaries and labels over the domain. A year shows its label when at least a quarter of it lies in the
 * domain (so a baseline dated 31/12 does not label the year it closes); `room` caps how many labels fit.
 */
export function yearAxis([t0, t1]: [number, number], room = 12): YearAxis {
	const first = new Date(t0).getUTCFullYear();
	const last = new Date(t1).getUTCFullYear();
	const ticks: number[] = [];
	const spans: { year: number; from: number; to: number }[] = [];
	for (let y = first; y <= last; y++) {
		const start = Date.UTC(y, 0, 1);
		const end = Date.UTC(y + 1, 0, 1);
		if (start > t0 && start <= t1) ticks.push(start);
		const from = Math.max(start, t0);
		const to = Math.min(end, t1);
		if (to - from >= (end - start) / 4) spans.push({ year: y, from, to });
	}
	if (!spans.length) spans.push({ year: first, from: t0, to: t1 });
	const every = Math.max(1, Math.ceil(spans.length / Math.max(1, room)));
	const labels = spans.filter((_, i) => i % every === 0).map((s) => ({ t: (s.from + s.to) / 2, label: String(s.year) }));
	return { ticks, labels };
}

function niceStep(raw: number): number {
	const p = 10 ** Math.floor(Math.log10(raw));
	const f = raw / p;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

export type ValueAxis = { lo: number; hi: number; step: number; ticks: number[] };

/** A value axis covering the values with a small margin, bounded and ticked at round steps (about `count` ticks). */
export function valueAxis(values: number[], count = 4): ValueAxis {
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	if (lo === hi) {
		lo -= 1;
		hi += 1;
	}
	const span = hi - lo;
	const step = niceStep(span / count);
	const a = Math.floor((lo - span * 0.05) / step) * step;
	const b = Math.ceil((hi + span * 0.05) / step) * step;
	const ticks: number[] = [];
	for (let v = a; v <= b + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
	return { lo: a, hi: b, step, ticks };
}
