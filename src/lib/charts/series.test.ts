import { describe, expect, it } from 'vitest';
import { aggregate, chartStep, continuousSeries, type SeriesSegment } from './series';

/** n daily values from a date, value = index. */
function daily(from: string, n: number, start = 0): { date: string; value: number }[] {
	const t0 = Date.parse(`${from}T00:00:00Z`);
	return Array.from({ length: n }, (_, k) => ({ date: new Date(t0 + k * 86_400_000).toISOString().slice(0, 10), value: start + k }));
}

const segment = (planId: number, startYear: number, endYear: number, points: { date: string; value: number }[]): SeriesSegment => ({
	planId,
	planTitle: `PLDESS ${startYear}-${endYear}`,
	startYear,
	endYear,
	indicatorId: planId * 10,
	points
});

describe('the chart series of an indicator', () => {
	it('joins the plans an indicator was carried through into one series, with a boundary at each later plan', () => {
		const s = continuousSeries([
			segment(1, 2016, 2020, [
				{ date: '2016-12-31', value: 10 },
				{ date: '2018-12-31', value: 12 },
				{ date: '2020-12-31', value: 15 }
			]),
			segment(2, 2021, 2026, [
				{ date: '2021-12-31', value: 16 },
				{ date: '2026-06-30', value: 20 }
			])
		]);
		expect(s.step).toBe('raw');
		expect(s.total).toBe(5);
		expect(s.points.map((p) => [p.date, p.value, p.segment])).toEqual([
			['2016-12-31', 10, 0],
			['2018-12-31', 12, 0],
			['2020-12-31', 15, 0],
			['2021-12-31', 16, 1],
			['2026-06-30', 20, 1]
		]);
		expect(s.boundaries).toEqual([{ date: '2021-01-01', label: '2021-2026', planId: 2 }]);
	});

	it('lets the later plan win a date both plans measured, and an indicator not carried has no boundary', () => {
		const s = continuousSeries([segment(1, 2016, 2020, [{ date: '2020-12-31', value: 15 }]), segment(2, 2021, 2026, [{ date: '2020-12-31', value: 15.5 }])]);
		expect(s.points).toEqual([{ date: '2020-12-31', period: '2020-12-31', value: 15.5, count: 1, segment: 1 }]);
		expect(continuousSeries([segment(1, 2016, 2020, [])])).toEqual({ step: 'raw', points: [], boundaries: [], total: 0 });
	});

	it('aggregates a long daily series by month (means, at the last value of each month), never across plans', () => {
		const values = daily('2021-01-01', 1460);
		expect(chartStep(values.map((v) => v.date))).toBe('month');
		const s = continuousSeries([segment(1, 2016, 2020, [{ date: '2020-12-31', value: 5 }]), segment(2, 2021, 2026, values)]);
		expect(s.step).toBe('month');
		expect(s.total).toBe(1461);
		expect(s.points).toHaveLength(1 + 48);
		expect(s.points[0]).toMatchObject({ period: '2020-12', value: 5, count: 1, segment: 0 });
		// January 2021: days 0..30, mean 15, drawn at 31 January
		expect(s.points[1]).toEqual({ date: '2021-01-31', period: '2021-01', value: 15, count: 31, segment: 1 });
		expect(s.points.at(-1)).toMatchObject({ period: '2024-12', segment: 1 });
		expect(s.points.reduce((a, p) => a + p.count, 0)).toBe(1461);
	});

	it('aggregates by year when even months are too many, and keeps short series as they are', () => {
		const dates = daily('2000-01-01', 20 * 366).map((v) => v.date);
		expect(chartStep(dates)).toBe('year');
		expect(chartStep(dates.slice(0, 120))).toBe('raw');
		const yearly = aggregate(
			[
				{ date: '2019-03-31', value: 1, segment: 0 },
				{ date: '2019-06-30', value: 2, segment: 0 },
				{ date: '2019-12-31', value: 6, segment: 0 },
				{ date: '2020-03-31', value: 10, segment: 0 }
			],
			'year'
		);
		expect(yearly).toEqual([
			{ date: '2019-12-31', period: '2019', value: 3, count: 3, segment: 0 },
			{ date: '2020-03-31', period: '2020', value: 10, count: 1, segment: 0 }
		]);
	});
});
