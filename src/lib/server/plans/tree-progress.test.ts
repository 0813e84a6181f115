import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/client';
import { planTreeWithProgress, type TreeNode } from './tree-progress';
import { addNode, addNodeLink } from './tree';
import { addMeasurement, correctMeasurement } from './measurements';
import { retireIndicator, validateIndicator } from './indicators';
import { addRecommendation } from './recommendations';
import { newIndicator, newWorkshop, planFixture } from './test-helpers';

function find(nodes: TreeNode[], title: string): TreeNode {
	const queue = [...nodes];
	for (let node = queue.shift(); node; node = queue.shift()) {
		if (node.title === title) return node;
		queue.push(...node.children);
	}
	throw new Error(`no node ${title}`);
}

describe('plan tree with progress', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let workshopId = 0;
	beforeEach(async () => {
		f = await planFixture();
	});

	/**
	 * P1 ─ S1 ─ O1: A (50 % of the way, weight 3), B (100 %, weight 1)       → O1 = 62.5 %
	 *         └ S1 also holds C (lower is better, 25 %)                      → S1 = mean(O1, C) = 43.75 %
	 *         └ action (nothing to measure: left out)
	 *    └ S2: D (no data), E (retired)                                       → S2 no data, excluded from P1
	 * P2 ─ S3 (nothing at all)                                                → P2 not measured
	 */
	function build() {
		const a = f.actorId;
		const p1 = addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P1' }, a);
		const p2 = addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P2' }, a);
		const s1 = addNode(f.plan.id, { parentId: p1.id, kind: 'strategic_objective', title: 'S1' }, a);
		const s2 = addNode(f.plan.id, { parentId: p1.id, kind: 'strategic_objective', title: 'S2' }, a);
		addNode(f.plan.id, { parentId: p2.id, kind: 'strategic_objective', title: 'S3' }, a);
		const o1 = addNode(f.plan.id, { parentId: s1.id, kind: 'operational_objective', title: 'O1' }, a);
		const action = addNode(f.plan.id, { parentId: s1.id, kind: 'action', title: 'Action' }, a);
		workshopId = newWorkshop(f.council.id, 'Atelier achats responsables').id;
		addNodeLink(action.id, { targetType: 'workshop', targetId: workshopId }, a);
		const A = newIndicator(o1.id, a, { name: 'A', weight: 3 });
		const B = newIndicator(o1.id, a, { name: 'B', weight: 1 });
		const C = newIndicator(s1.id, a, { name: 'C', direction: 'lower', baselineValue: 400, targetValue: 0 });
		const D = newIndicator(s2.id, a, { name: 'D' });
		const E = newIndicator(s2.id, a, { name: 'E' });
		// baseline 100 → target 200 between 2015-12-31 and 2020-12-31
		addMeasurement(A.id, { date: '2016-12-31', value: 120 }, a);
		const last = addMeasurement(A.id, { date: '2018-12-31', value: 140 }, a);
		correctMeasurement(last.id, { value: 150 }, a);
		addMeasurement(B.id, { date: '2017-12-31', value: 230 }, a);
		addMeasurement(C.id, { date: '2018-12-31', value: 300 }, a);
		addMeasurement(E.id, { date: '2018-12-31', value: 200 }, a);
		retireIndicator(E.id, a);
		validateIndicator(A.id, { ref: 'vote:1' }, a);
		addRecommendation(f.plan.id, { nodeId: s1.id, text: 'Renforcer le suivi', priority: 'high' }, a);
		addRecommendation(f.plan.id, { nodeId: null, text: 'Mieux associer les acteurs', priority: 'low' }, a);
		return { A, B, C, D, E };
	}

	it('computes progress at every node and rolls it up with weights, exclusions and unmeasured branches', () => {
		const ids = build();
		const tree = planTreeWithProgress(f.plan.id)!;
		expect(tree.roots.map((r) => r.title)).toEqual(['P1', 'P2']);
		expect(tree.counts).toEqual({ nodes: 7, indicators: 5, measuredIndicators: 4 });

		const o1 = find(tree.roots, 'O1');
		expect(o1.indicators.map((i) => [i.name, i.progress.progress, i.pointCount])).toEqual([
			['A', 0.5, 2],
			['B', 1, 1]
		]);
		expect(o1.indicators[0]).toMatchObject({ state: 'validated', validationRef: 'vote:1', progress: { latest: { value: 150, date: '2018-12-31' } } });
		expect(o1.indicators[1].progress.achieved).toBe(true);
		expect(o1.progress.progress).toBeCloseTo((3 * 0.5 + 1) / 4, 12);
		expect(o1.progress).toMatchObject({ counted: 2, excluded: 0, weighted: true, measured: true });

		const s1 = find(tree.roots, 'S1');
		expect(s1.indicators[0].progress.progress).toBeCloseTo(0.25, 12);
		expect(s1.progress.progress).toBeCloseTo((0.625 + 0.25) / 2, 12);
		expect(s1.progress).toMatchObject({ counted: 2, excluded: 0, weighted: false });
		expect(s1.recommendations.map((r) => [r.text, r.priority])).toEqual([['Renforcer le suivi', 'high']]);

		const action = find(tree.roots, 'Action');
		expect(action.progress).toMatchObject({ status: 'no_data', measured: false });
		expect(action.links).toEqual([{ targetType: 'workshop', targetId: workshopId, title: 'Atelier achats responsables' }]);

		const s2 = find(tree.roots, 'S2');
		expect(s2.indicators.map((i) => [i.name, i.counted, i.progress.status])).toEqual([
			['D', true, 'no_data'],
			['E', false, 'on_track']
		]);
		expect(s2.progress).toMatchObject({ status: 'no_data', counted: 0, excluded: 1, measured: true });

		const p1 = find(tree.roots, 'P1');
		expect(p1.progress.progress).toBeCloseTo(0.4375, 12);
		expect(p1.progress).toMatchObject({ counted: 1, excluded: 1 });
		expect(find(tree.roots, 'P2').progress).toMatchObject({ status: 'no_data', measured: false, excluded: 0 });

		expect(tree.progress.progress).toBeCloseTo(0.4375, 12);
		expect(tree.progress).toMatchObject({ counted: 1, excluded: 0, measured: true });
		expect(tree.planRecommendations.map((r) => r.text)).toEqual(['Mieux associer les acteurs']);
		expect(ids.D.id).toBeGreaterThan(0);
	});

	it('returns undefined for an unknown plan and an empty tree for an empty plan', () => {
		expect(planTreeWithProgress(999999)).toBeUndefined();
		expect(planTreeWithProgress(f.plan.id)).toMatchObject({ roots: [], progress: { status: 'no_data', measured: false }, counts: { nodes: 0, indicators: 0 } });
	});

	it('reads the whole tree in a fixed number of queries, whatever its size', () => {
		build();
		const client = db().$client;
		const spy = vi.spyOn(client, 'prepare');
		planTreeWithProgress(f.plan.id);
		const small = spy.mock.calls.length;
		spy.mockClear();
		// grow the plan tenfold
		for (let p = 0; p < 10; p++) {
			const principle = addNode(f.plan.id, { parentId: null, kind: 'principle', title: `Principe ${p}` }, f.actorId);
			const s = addNode(f.plan.id, { parentId: principle.id, kind: 'strategic_objective', title: `S ${p}` }, f.actorId);
			for (let i = 0; i < 3; i++) {
				const indicator = newIndicator(s.id, f.actorId, { name: `I ${p}.${i}` });
				addMeasurement(indicator.id, { date: '2018-12-31', value: 150 }, f.actorId);
			}
		}
		spy.mockClear();
		const tree = planTreeWithProgress(f.plan.id)!;
		expect(tree.counts.indicators).toBe(35);
		expect(spy.mock.calls.length).toBe(small);
		expect(small).toBeGreaterThan(0);
		expect(small).toBeLessThanOrEqual(8);
		spy.mockRestore();
	});
});
