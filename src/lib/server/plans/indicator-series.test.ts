import { beforeEach, describe, expect, it } from 'vitest';
import { adoptPlan, draftNextPlan } from './next-plan';
import { startEvaluation } from './plans';
import { addMeasurement, measurementCounts, series } from './measurements';
import { indicatorChart, indicatorLineage } from './indicator-series';
import { newIndicator, planFixture, smallTree } from './test-helpers';

describe('an indicator carried from plan to plan', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let ids: { old: number; carried: number; next: number };

	beforeEach(async () => {
		f = await planFixture();
		const tree = smallTree(f.plan.id, f.actorId);
		const old = newIndicator(tree.strategic.id, f.actorId, { name: 'Emplois', baselineValue: 100, targetValue: 200, targetDate: '2030-12-31' });
		adoptPlan(f.plan.id, f.actorId);
		for (const [date, value] of [
			['2016-12-31', 110],
			['2018-12-31', 130],
			['2020-12-31', 150]
		] as const)
			addMeasurement(old.id, { date, value }, f.actorId);
		startEvaluation(f.plan.id, f.actorId);
		const { plan, indicators } = draftNextPlan(f.plan.id, { keepNodeIds: [tree.strategic.id], keepIndicatorIds: [old.id], title: 'PLDESS 2021-2026', startYear: 2021, endYear: 2026 }, f.actorId);
		const carried = indicators[0]!.id;
		addMeasurement(carried, { date: '2022-12-31', value: 170 }, f.actorId);
		addMeasurement(carried, { date: '2026-12-31', value: 190 }, f.actorId);
		ids = { old: old.id, carried, next: plan.id };
	});

	it('shows one series from 2016 to 2026 with the boundary of the next plan', () => {
		const lineage = indicatorLineage(ids.carried);
		expect(lineage.map((l) => [l.indicatorId, l.planTitle])).toEqual([
			[ids.old, 'PLDESS 2016-2020'],
			[ids.carried, 'PLDESS 2021-2026']
		]);
		const chart = indicatorChart(lineage);
		expect(chart.points.map((p) => `${p.date}=${p.value}@${p.segment}`)).toEqual(['2016-12-31=110@0', '2018-12-31=130@0', '2020-12-31=150@0', '2022-12-31=170@1', '2026-12-31=190@1']);
		expect(chart.boundaries).toEqual([{ date: '2021-01-01', label: '2021-2026', planId: ids.next }]);
		expect(chart.segments.map((s) => s.planId)).toEqual([f.plan.id, ids.next]);
		// the first plan's indicator alone has no boundary
		expect(indicatorChart(indicatorLineage(ids.old)).boundaries).toEqual([]);
	});

	it('pages the table of values on the server', () => {
		for (let d = 1; d <= 28; d++) addMeasurement(ids.carried, { date: `2023-02-${String(d).padStart(2, '0')}`, value: d }, f.actorId);
		expect(measurementCounts(ids.carried)).toEqual({ current: 30, all: 30 });
		expect(series(ids.carried, { limit: 10, offset: 0 }).map((p) => p.date)[0]).toBe('2022-12-31');
		expect(series(ids.carried, { limit: 10, offset: 20 }).map((p) => p.date)).toEqual([...Array.from({ length: 9 }, (_, k) => `2023-02-${20 + k}`), '2026-12-31']);
		expect(series(ids.carried)).toHaveLength(30);
	});
});
