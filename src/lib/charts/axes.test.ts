import { describe, expect, it } from 'vitest';
import { dayOf, timeDomain, timeFraction, valueAxis, yearAxis } from './axes';

describe('chart axes', () => {
	it('puts each value at its own date: 31/12/2016 at the end of 2016, not on 2017', () => {
		const domain = timeDomain(['2015-12-31', '2020-12-31', '2016-12-31', '2018-06-30']);
		const { ticks, labels } = yearAxis(domain);
		// the value of 31/12/2016 sits one day before the 2017 boundary, inside the "2016" span
		const x = timeFraction(dayOf('2016-12-31'), domain);
		const boundary2017 = timeFraction(Date.UTC(2017, 0, 1), domain);
		expect(x).toBeLessThan(boundary2017);
		expect(boundary2017 - x).toBeCloseTo((1 / (domain[1] - domain[0])) * 86_400_000, 6);
		const l2016 = labels.find((l) => l.label === '2016')!;
		expect(timeFraction(l2016.t, domain)).toBeLessThan(x);
		// every year of the plan is labelled, the last one too; the one-day stub of 2015 is not
		expect(labels.map((l) => l.label)).toEqual(['2016', '2017', '2018', '2019', '2020']);
		expect(ticks).toEqual([2016, 2017, 2018, 2019, 2020].map((y) => Date.UTC(y, 0, 1)));
		// a value in mid-2018 is placed by its date: half way through the 2018 span
		expect(timeFraction(dayOf('2018-06-30'), domain)).toBeCloseTo((dayOf('2018-06-30') - domain[0]) / (domain[1] - domain[0]), 9);
	});

	it('labels fewer years when room is short', () => {
		const { labels } = yearAxis(timeDomain(['2001-01-01', '2026-12-31']), 6);
		expect(labels.length).toBeLessThanOrEqual(6);
		expect(labels[0].label).toBe('2001');
	});

	it('has a few rounded ticks over the values', () => {
		const axis = valueAxis([150_000, 330_000, 300_000, 212_345]);
		expect(axis.ticks).toEqual([100_000, 150_000, 200_000, 250_000, 300_000, 350_000]);
		expect(axis.lo).toBeLessThanOrEqual(150_000);
		expect(axis.hi).toBeGreaterThanOrEqual(330_000);
		expect(valueAxis([0.1, 0.3]).ticks.every((t) => Math.round(t * 1e6) === t * 1e6)).toBe(true);
		expect(valueAxis([5, 5]).ticks.length).toBeGreaterThan(1);
	});
});
