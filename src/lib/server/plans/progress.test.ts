import { describe, expect, it } from 'vitest';
import { expectedProgress, indicatorProgress, rollUp, statusOf, THRESHOLDS, type IndicatorInput, type RollUpChild } from './progress';

const higher: Omit<IndicatorInput, 'latest'> = {
	direction: 'higher',
	baselineValue: 100,
	baselineDate: '2016-01-01',
	targetValue: 200,
	targetDate: '2020-01-01'
};
const lower: Omit<IndicatorInput, 'latest'> = {
	direction: 'lower',
	baselineValue: 26000,
	baselineDate: '2016-01-01',
	targetValue: 20000,
	targetDate: '2020-01-01'
};

describe('expected progress', () => {
	it('is linear between the baseline date and the target date, clamped', () => {
		expect(expectedProgress('2016-01-01', '2020-01-01', '2016-01-01')).toBe(0);
		expect(expectedProgress('2016-01-01', '2020-01-01', '2020-01-01')).toBe(1);
		// 2016 is a leap year: 1 461 days in the four years, 731 to 2018-01-01
		expect(expectedProgress('2016-01-01', '2020-01-01', '2018-01-01')).toBeCloseTo(731 / 1461, 12);
		expect(expectedProgress('2016-01-01', '2020-01-01', '2010-06-30')).toBe(0);
		expect(expectedProgress('2016-01-01', '2020-01-01', '2024-06-30')).toBe(1);
	});

	it('expects everything from the target date on when the target date is not after the baseline date', () => {
		expect(expectedProgress('2020-01-01', '2020-01-01', '2019-12-31')).toBe(0);
		expect(expectedProgress('2020-01-01', '2020-01-01', '2020-01-01')).toBe(1);
		expect(expectedProgress('2021-01-01', '2020-01-01', '2020-06-01')).toBe(1);
	});
});

describe('status thresholds', () => {
	it('is on track at 90 % of the expected progress, at risk from 60 %, off track below', () => {
		expect(THRESHOLDS).toEqual({ onTrack: 0.9, atRisk: 0.6 });
		expect(statusOf(0.45, 0.5)).toBe('on_track');
		expect(statusOf(0.449, 0.5)).toBe('at_risk');
		expect(statusOf(0.3, 0.5)).toBe('at_risk');
		expect(statusOf(0.299, 0.5)).toBe('off_track');
		expect(statusOf(0, 0)).toBe('on_track');
		expect(statusOf(0.1, 1, true)).toBe('on_track');
		expect(statusOf(null, null)).toBe('no_data');
	});
});

describe('indicator progress', () => {
	it('has no data without a measurement', () => {
		const p = indicatorProgress({ ...higher, latest: null });
		expect(p).toEqual({ status: 'no_data', progress: null, raw: null, expected: null, achieved: false, degenerate: false, latest: null });
	});

	it('places the latest value between baseline and target when higher is better', () => {
		const p = indicatorProgress({ ...higher, latest: { value: 150, date: '2018-01-01' } });
		expect(p.progress).toBeCloseTo(0.5, 12);
		expect(p.raw).toBeCloseTo(0.5, 12);
		expect(p.expected).toBeCloseTo(731 / 1461, 12);
		expect(p.status).toBe('on_track');
		expect(p.achieved).toBe(false);
		expect(p.degenerate).toBe(false);
		expect(p.latest).toEqual({ value: 150, date: '2018-01-01' });
	});

	it('places the latest value between baseline and target when lower is better', () => {
		// 26 000 → 20 000: 23 000 is half way
		const p = indicatorProgress({ ...lower, latest: { value: 23000, date: '2018-01-01' } });
		expect(p.progress).toBeCloseTo(0.5, 12);
		expect(p.status).toBe('on_track');
		// 25 000 is a sixth of the way while half is expected: off track (1/6 < 0.6 × 0.5)
		const slow = indicatorProgress({ ...lower, latest: { value: 25000, date: '2018-01-01' } });
		expect(slow.progress).toBeCloseTo(1 / 6, 12);
		expect(slow.status).toBe('off_track');
		// 24 000 is a third of the way: at risk (0.6 × 0.5 ≤ 1/3 < 0.9 × 0.5)
		expect(indicatorProgress({ ...lower, latest: { value: 24000, date: '2018-01-01' } }).status).toBe('at_risk');
	});

	it('clamps at 0 below the baseline, in both directions', () => {
		const up = indicatorProgress({ ...higher, latest: { value: 80, date: '2017-01-01' } });
		expect(up.progress).toBe(0);
		expect(up.raw).toBeCloseTo(-0.2, 12);
		expect(up.achieved).toBe(false);
		expect(up.status).toBe('off_track');
		const down = indicatorProgress({ ...lower, latest: { value: 27500, date: '2017-01-01' } });
		expect(down.progress).toBe(0);
		expect(down.raw).toBeCloseTo(-0.25, 12);
		expect(down.status).toBe('off_track');
	});

	it('clamps at 1 and flags a target already passed, in both directions', () => {
		const up = indicatorProgress({ ...higher, latest: { value: 260, date: '2017-01-01' } });
		expect(up.progress).toBe(1);
		expect(up.raw).toBeCloseTo(1.6, 12);
		expect(up.achieved).toBe(true);
		expect(up.status).toBe('on_track');
		const down = indicatorProgress({ ...lower, latest: { value: 19500, date: '2019-06-30' } });
		expect(down.progress).toBe(1);
		expect(down.achieved).toBe(true);
		const exactly = indicatorProgress({ ...higher, latest: { value: 200, date: '2020-01-01' } });
		expect(exactly.achieved).toBe(true);
		expect(exactly.progress).toBe(1);
	});

	it('treats baseline = target as a level to hold: all or nothing, in the indicator direction', () => {
		const hold = { ...higher, baselineValue: 100, targetValue: 100 };
		const kept = indicatorProgress({ ...hold, latest: { value: 100, date: '2018-01-01' } });
		expect(kept).toMatchObject({ degenerate: true, progress: 1, achieved: true, status: 'on_track' });
		expect(indicatorProgress({ ...hold, latest: { value: 120, date: '2018-01-01' } })).toMatchObject({ progress: 1, achieved: true });
		const missed = indicatorProgress({ ...hold, latest: { value: 99, date: '2018-01-01' } });
		expect(missed).toMatchObject({ degenerate: true, progress: 0, achieved: false, status: 'off_track' });
		const holdLow = { ...lower, baselineValue: 5, targetValue: 5 };
		expect(indicatorProgress({ ...holdLow, latest: { value: 4, date: '2018-01-01' } })).toMatchObject({ progress: 1, achieved: true });
		expect(indicatorProgress({ ...holdLow, latest: { value: 6, date: '2018-01-01' } })).toMatchObject({ progress: 0, achieved: false });
		// missed but nothing expected yet (measured on the baseline date): still on track
		expect(indicatorProgress({ ...hold, latest: { value: 90, date: '2016-01-01' } }).status).toBe('on_track');
	});

	it('treats a target not better than the baseline as degenerate too', () => {
		const odd = { ...higher, baselineValue: 300, targetValue: 250 };
		expect(indicatorProgress({ ...odd, latest: { value: 260, date: '2018-01-01' } })).toMatchObject({ degenerate: true, progress: 1, achieved: true });
		expect(indicatorProgress({ ...odd, latest: { value: 240, date: '2018-01-01' } })).toMatchObject({ degenerate: true, progress: 0, achieved: false });
	});

	it('judges a value before the baseline date against nothing expected', () => {
		const p = indicatorProgress({ ...higher, latest: { value: 100, date: '2015-06-30' } });
		expect(p.expected).toBe(0);
		expect(p.status).toBe('on_track');
	});

	it('is off track at the target date when far from the target', () => {
		const p = indicatorProgress({ ...higher, latest: { value: 150, date: '2020-01-01' } });
		expect(p.expected).toBe(1);
		expect(p.status).toBe('off_track');
		expect(indicatorProgress({ ...higher, latest: { value: 170, date: '2020-01-01' } }).status).toBe('at_risk');
		expect(indicatorProgress({ ...higher, latest: { value: 190, date: '2020-01-01' } }).status).toBe('on_track');
	});
});

const child = (progress: number | null, expected: number | null, weight?: number | null, achieved = false): RollUpChild => ({
	status: progress === null ? 'no_data' : statusOf(progress, expected, achieved),
	progress,
	expected,
	achieved,
	weight
});

describe('roll-up', () => {
	it('takes the plain mean without weights', () => {
		const r = rollUp([child(0.2, 0.5), child(0.6, 0.5), child(1, 0.5, null, true)]);
		expect(r.progress).toBeCloseTo(0.6, 12);
		expect(r.expected).toBeCloseTo(0.5, 12);
		expect(r).toMatchObject({ status: 'on_track', counted: 3, excluded: 0, weighted: false, achieved: false });
	});

	it('takes the weighted mean with weights', () => {
		const r = rollUp([child(0.2, 0.5, 3), child(1, 0.5, 1)]);
		// (3·0.2 + 1·1) / 4 = 0.4
		expect(r.progress).toBeCloseTo(0.4, 12);
		expect(r.expected).toBeCloseTo(0.5, 12);
		expect(r).toMatchObject({ status: 'at_risk', counted: 2, weighted: true });
	});

	it('counts a missing weight as 1 beside given weights, and leaves a zero weight out', () => {
		const r = rollUp([child(0, 0.5, 2), child(0.9, 0.5)]);
		expect(r.progress).toBeCloseTo(0.3, 12);
		const zero = rollUp([child(0, 0.5, 0), child(0.9, 0.5)]);
		expect(zero.progress).toBeCloseTo(0.9, 12);
		expect(zero.counted).toBe(1);
		expect(zero.excluded).toBe(0);
	});

	it('excludes children without data and says how many', () => {
		const r = rollUp([child(null, null, 5), child(0.4, 0.4, 1), child(null, null)]);
		expect(r.progress).toBeCloseTo(0.4, 12);
		expect(r).toMatchObject({ counted: 1, excluded: 2, status: 'on_track' });
	});

	it('has no data when no child has any', () => {
		expect(rollUp([child(null, null), child(null, null)])).toEqual({
			status: 'no_data',
			progress: null,
			expected: null,
			achieved: false,
			counted: 0,
			excluded: 2,
			weighted: false
		});
		expect(rollUp([])).toMatchObject({ status: 'no_data', counted: 0, excluded: 0 });
	});

	it('is achieved only when every counted child is', () => {
		expect(rollUp([child(1, 1, null, true), child(1, 0.8, null, true), child(null, null)]).achieved).toBe(true);
		expect(rollUp([child(1, 1, null, true), child(0.95, 1)]).achieved).toBe(false);
	});

	it('rolls up roll-ups (objective → principle) with the same status logic', () => {
		const objectiveA = rollUp([child(0.1, 0.8), child(0.3, 0.8)]);
		const objectiveB = rollUp([child(0.9, 0.8), child(null, null)]);
		expect(objectiveA.status).toBe('off_track');
		expect(objectiveB.status).toBe('on_track');
		const principle = rollUp([
			{ ...objectiveA, weight: 1 },
			{ ...objectiveB, weight: 3 }
		]);
		// (0.2 + 3·0.9) / 4 = 0.725 against 0.8 expected: 0.906 of it
		expect(principle.progress).toBeCloseTo(0.725, 12);
		expect(principle.status).toBe('on_track');
		expect(principle.weighted).toBe(true);
	});
});
