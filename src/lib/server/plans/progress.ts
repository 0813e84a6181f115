// Progress of indicators and its roll-up to objectives and principles. Pure functions: no database.
//
// INDICATOR PROGRESS (indicatorProgress)
// - The latest current measurement is compared with the baseline and the target, in the indicator's
//   direction: gain = value − baseline and span = target − baseline when higher is better (both negated when
//   lower is better); progress = gain / span, clamped to [0, 1]. `raw` keeps the unclamped ratio.
// - No measurement: status 'no_data', progress and expected null.
// - Target reached or passed (gain ≥ span): progress 1, `achieved` true, status 'on_track'.
// - Degenerate case: span ≤ 0, i.e. baseline = target (a level to hold) or a target that is not better than
//   the baseline. Progress is then all or nothing: 1 (achieved) when the value is at least as good as the
//   target in the indicator's direction, else 0. `degenerate` is true.
// - Expected progress at the measurement date: linear from 0 at the baseline date to 1 at the target date,
//   clamped to [0, 1]; a target date on or before the baseline date expects 1 from the target date on.
// - Status from progress p and expected e (THRESHOLDS): p ≥ 0.9·e → on_track; p ≥ 0.6·e → at_risk; else
//   off_track. Nothing expected yet (e = 0) is on track.
//
// ROLL-UP (rollUp)
// - A node's progress is the weighted mean of its counted children's progress, Σ w·p / Σ w, where a child
//   without a weight counts 1 (so with no weights at all it is the plain mean) and a child weighing 0 is left
//   out (shown, not counted). Its expected progress is the
//   same mean of the children's expected progress, and its status follows the same thresholds.
// - Children without data are excluded from both means and counted in `excluded`; with no counted child the
//   node is 'no_data'. A node is `achieved` when every counted child is.

export type Direction = 'higher' | 'lower';
export type ProgressStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** p ≥ onTrack·e → on track; p ≥ atRisk·e → at risk; otherwise off track. */
export const THRESHOLDS = { onTrack: 0.9, atRisk: 0.6 } as const;

const EPSILON = 1e-9;
const DAY = 86_400_000;

export type IndicatorInput = {
	direction: Direction;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	/** the latest current measurement, or null when there is none */
	latest: { value: number; date: string } | null;
};

export type IndicatorProgress = {
	status: ProgressStatus;
	/** where the latest value sits between baseline (0) and target (1), clamped; null without data */
	progress: number | null;
	/** the same ratio before clamping (negative below the baseline, above 1 past the target) */
	raw: number | null;
	/** the progress expected at the latest measurement's date; null without data */
	expected: number | null;
	achieved: boolean;
	/** baseline = target (or a target not better than the baseline): progress is 0 or 1 */
	degenerate: boolean;
	latest: { value: number; date: string } | null;
};

export type RollUpChild = {
	status: ProgressStatus;
	progress: number | null;
	expected: number | null;
	achieved: boolean;
	/** relative weight; null or undefined counts as 1, 0 leaves the child out */
	weight?: number | null;
};

export type RollUpResult = {
	status: ProgressStatus;
	progress: number | null;
	expected: number | null;
	achieved: boolean;
	/** children that entered the mean */
	counted: number;
	/** children left out because they have no data */
	excluded: number;
	/** true when at least one counted child carried an explicit weight */
	weighted: boolean;
};

export function clamp01(x: number): number {
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Days since 1970-01-01 of an ISO 'YYYY-MM-DD' date (UTC: calendar days, no time zone). */
export function dayNumber(isoDate: string): number {
	const [y, m, d] = isoDate.split('-').map(Number);
	return Date.UTC(y, m - 1, d) / DAY;
}

/** Linear share of the way from the baseline date to the target date at `date`, clamped to [0, 1]. */
export function expectedProgress(baselineDate: string, targetDate: string, date: string): number {
	const start = dayNumber(baselineDate);
	const end = dayNumber(targetDate);
	const at = dayNumber(date);
	if (end <= start) return at >= end ? 1 : 0;
	return clamp01((at - start) / (end - start));
}

/** The status of a progress against what was expected (see THRESHOLDS). */
export function statusOf(progress: number | null, expected: number | null, achieved = false): ProgressStatus {
	if (progress === null || expected === null) return 'no_data';
	if (achieved) return 'on_track';
	if (progress + EPSILON >= THRESHOLDS.onTrack * expected) return 'on_track';
	if (progress + EPSILON >= THRESHOLDS.atRisk * expected) return 'at_risk';
	return 'off_track';
}

export function indicatorProgress(input: IndicatorInput): IndicatorProgress {
	const sign = input.direction === 'lower' ? -1 : 1;
	const span = sign * (input.targetValue - input.baselineValue);
	const degenerate = span <= EPSILON * Math.max(1, Math.abs(input.targetValue));
	const latest = input.latest;
	if (!latest) return { status: 'no_data', progress: null, raw: null, expected: null, achieved: false, degenerate, latest: null };

	const expected = expectedProgress(input.baselineDate, input.targetDate, latest.date);
	let raw: number;
	let achieved: boolean;
	if (degenerate) {
		// at least as good as the target, in the indicator's direction
		achieved = sign * (latest.value - input.targetValue) >= -EPSILON * Math.max(1, Math.abs(input.targetValue));
		raw = achieved ? 1 : 0;
	} else {
		raw = (sign * (latest.value - input.baselineValue)) / span;
		achieved = raw >= 1 - EPSILON;
	}
	const progress = achieved ? 1 : clamp01(raw);
	return { status: statusOf(progress, expected, achieved), progress, raw, expected, achieved, degenerate, latest };
}

export function rollUp(children: readonly RollUpChild[]): RollUpResult {
	let weightSum = 0;
	let progressSum = 0;
	let expectedSum = 0;
	let counted = 0;
	let excluded = 0;
	let weighted = false;
	let allAchieved = true;
	for (const child of children) {
		if (child.status === 'no_data' || child.progress === null || child.expected === null) {
			excluded++;
			continue;
		}
		const hasWeight = child.weight !== null && child.weight !== undefined;
		const w = hasWeight ? (child.weight as number) : 1;
		// a weight of 0 follows the child without letting it count: neither counted nor excluded
		if (!(w > 0)) continue;
		if (hasWeight) weighted = true;
		counted++;
		weightSum += w;
		progressSum += w * child.progress;
		expectedSum += w * child.expected;
		allAchieved &&= child.achieved;
	}
	if (counted === 0) return { status: 'no_data', progress: null, expected: null, achieved: false, counted, excluded, weighted };
	const progress = clamp01(progressSum / weightSum);
	const expected = clamp01(expectedSum / weightSum);
	const achieved = allAchieved;
	return { status: statusOf(progress, expected, achieved), progress, expected, achieved, counted, excluded, weighted };
}
