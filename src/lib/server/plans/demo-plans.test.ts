// The demo plan (src/lib/server/demo/plans.ts) builds on a fresh database and its progress is computable.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { seedDemoPlans } from '../demo/plans';
import { planTreeWithProgress, type TreeNode } from './tree-progress';
import { history } from './measurements';
import { draftNextPlan } from './next-plan';
import { addMember, planFixture } from './test-helpers';

const PRINCIPLES = [
	'Encourager l’expérimentation et l’innovation socio-économique',
	'Accompagner l’émergence et la consolidation des projets d’économie solidaire locaux',
	'Renforcer l’ESS dans l’ensemble des politiques municipales',
	'Promouvoir le territoire et sensibiliser à l’ESS'
];

function walk(nodes: TreeNode[]): TreeNode[] {
	return nodes.flatMap((n) => [n, ...walk(n.children)]);
}

describe('demo plan PLDESS 2016-2020', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let responsible: number[];
	beforeEach(async () => {
		f = await planFixture();
		responsible = [f.evaluator.membership.id, f.secretariat.membership.id, addMember(f.council.id, ['member']).membership.id];
	});

	it('builds its four principles, objectives, indicators and yearly values, with progress everywhere it is measured', () => {
		const seeded = db().transaction((tx) => seedDemoPlans(tx, f.council.id, { secretariatUserId: f.secretariat.user.id, evaluatorUserId: f.evaluator.user.id, responsibleMembershipIds: responsible }));
		const tree = planTreeWithProgress(seeded.planId)!;
		expect(tree.plan).toMatchObject({ title: 'PLDESS 2016-2020', startYear: 2016, endYear: 2020, status: 'under_evaluation', councilId: f.council.id });
		expect(tree.roots.map((r) => r.title)).toEqual(PRINCIPLES);
		expect(tree.roots.every((r) => r.kind === 'principle' && r.children.length > 0)).toBe(true);

		const nodes = walk(tree.roots);
		const all = nodes.flatMap((n) => n.indicators);
		expect(all.length).toBeGreaterThanOrEqual(10);
		expect(all.length).toBeLessThanOrEqual(15);
		expect(Object.keys(seeded.indicatorIds)).toHaveLength(all.length);
		for (const indicator of all) {
			expect(['strategic_objective', 'operational_objective']).toContain(nodes.find((n) => n.id === indicator.nodeId)!.kind);
			expect(responsible).toContain(indicator.responsible?.membershipId);
			if (indicator.state === 'validated') {
				expect(indicator.pointCount).toBe(5);
				expect(indicator.progress.latest?.date).toBe('2020-12-31');
				expect(indicator.progress.progress).toBeGreaterThanOrEqual(0);
				expect(indicator.progress.progress).toBeLessThanOrEqual(1);
				expect(['on_track', 'at_risk', 'off_track']).toContain(indicator.progress.status);
				// targets point the right way
				expect(indicator.direction === 'higher' ? indicator.targetValue > indicator.baselineValue : indicator.targetValue < indicator.baselineValue).toBe(true);
			} else expect(indicator.progress.status).toBe('no_data');
		}
		// a story worth telling: some indicators on track, some not, one lower-is-better reached
		const statuses = new Set(all.map((i) => i.progress.status));
		expect(statuses).toEqual(new Set(['on_track', 'at_risk', 'off_track', 'no_data']));
		expect(all.find((i) => i.direction === 'lower')?.progress.achieved).toBe(true);
		for (const principle of tree.roots) expect(principle.progress.progress).not.toBeNull();
		expect(tree.progress.status).not.toBe('no_data');
		// the corrected 2019 value keeps its history
		const hours = history(seeded.indicatorIds.insertion_hours);
		expect(hours.filter((h) => h.date === '2019-12-31').map((h) => [h.value, h.status])).toEqual([
			[255000, 'superseded'],
			[262000, 'current']
		]);
	});

	it('can be carried into a draft 2021-2026 plan', () => {
		const seeded = db().transaction((tx) => seedDemoPlans(tx, f.council.id, { secretariatUserId: null, evaluatorUserId: null, responsibleMembershipIds: [] }));
		const next = draftNextPlan(
			seeded.planId,
			{
				keepNodeIds: Object.values(seeded.nodeIds),
				keepIndicatorIds: [seeded.indicatorIds.insertion_hours, seeded.indicatorIds.social_clause_share],
				title: 'PLDESS 2021-2026',
				startYear: 2021,
				endYear: 2026
			},
			f.actorId
		);
		const tree = planTreeWithProgress(next.plan.id)!;
		expect(tree.roots.map((r) => r.title)).toEqual(PRINCIPLES);
		expect(
			walk(tree.roots)
				.flatMap((n) => n.indicators)
				.map((i) => [i.name, i.baselineValue, i.baselineDate])
		).toEqual([
			['Heures d’insertion réalisées dans les marchés publics', 241000, '2020-12-31'],
			['Part des marchés publics comportant une clause sociale', 20, '2020-12-31']
		]);
	});
});
