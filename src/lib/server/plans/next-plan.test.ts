import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { memberships } from '../councils/tables';
import { adoptPlan, draftNextPlan } from './next-plan';
import { closePlan, createPlan, getPlan, startEvaluation } from './plans';
import { reviewTarget, targetsToReview } from './target-review';
import { addNode, addNodeLink } from './tree';
import { addMeasurement, correctMeasurement } from './measurements';
import { retireIndicator } from './indicators';
import { addRecommendation, deleteRecommendation, listRecommendations, setRecommendationAnswer } from './recommendations';
import { planTreeWithProgress, type TreeNode } from './tree-progress';
import { addMember, auditActions, newIndicator, newWorkshop, planFixture, recordEvents } from './test-helpers';
import { refusal } from '../test-support';
import { planJson } from './export';

const events = recordEvents();

const code = refusal;

function outline(nodes: TreeNode[], depth = 0): string[] {
	return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind}:${n.title}${n.indicators.length ? ` [${n.indicators.map((i) => i.name).join(', ')}]` : ''}`, ...outline(n.children, depth + 1)]);
}

describe('the next plan', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let ids: Record<string, number>;

	beforeEach(async () => {
		f = await planFixture();
		const a = f.actorId;
		const p = f.plan.id;
		const p1 = addNode(p, { parentId: null, kind: 'principle', title: 'P1 Expérimenter' }, a);
		const p2 = addNode(p, { parentId: null, kind: 'principle', title: 'P2 Accompagner' }, a);
		const p3 = addNode(p, { parentId: null, kind: 'principle', title: 'P3 Commande publique' }, a);
		const s11 = addNode(p, { parentId: p1.id, kind: 'strategic_objective', title: 'S1.1 Fonds d’amorçage', weight: 2 }, a);
		const s12 = addNode(p, { parentId: p1.id, kind: 'strategic_objective', title: 'S1.2 Tiers-lieux' }, a);
		const s21 = addNode(p, { parentId: p2.id, kind: 'strategic_objective', title: 'S2.1 Emploi' }, a);
		const o211 = addNode(p, { parentId: s21.id, kind: 'operational_objective', title: 'O2.1.1 QPV' }, a);
		const act = addNode(p, { parentId: s21.id, kind: 'action', title: 'A2.1 Forum emploi' }, a);
		const workshop = newWorkshop(f.council.id, 'Atelier emploi');
		addNodeLink(act.id, { targetType: 'workshop', targetId: workshop.id }, a);
		const s31 = addNode(p, { parentId: p3.id, kind: 'strategic_objective', title: 'S3.1 Clauses sociales' }, a);
		const gone = addMember(f.council.id, ['member']);
		const seed = newIndicator(s11.id, a, {
			name: 'Projets financés',
			unit: 'projets/an',
			baselineValue: 8,
			baselineDate: '2015-12-31',
			targetValue: 14,
			targetDate: '2020-12-31',
			responsibleMembershipId: f.evaluator.membership.id,
			weight: 3
		});
		const places = newIndicator(s12.id, a, { name: 'Tiers-lieux ouverts', baselineValue: 2, targetValue: 6 });
		const jobs = newIndicator(s21.id, a, { name: 'Emplois ESS', baselineValue: 10.5, targetValue: 11.5, unit: '%', responsibleMembershipId: gone.membership.id });
		const qpv = newIndicator(o211.id, a, { name: 'Structures en QPV', baselineValue: 13.7, targetValue: 16, unit: '%' });
		const never = newIndicator(s21.id, a, { name: 'Jamais mesuré', baselineValue: 5, baselineDate: '2015-12-31', targetValue: 9, targetDate: '2020-12-31' });
		const hours = newIndicator(s31.id, a, { name: 'Heures d’insertion', baselineValue: 180000, targetValue: 300000, targetDate: '2021-12-31' });
		const old = newIndicator(s31.id, a, { name: 'Ancien indicateur' });
		addMeasurement(seed.id, { date: '2019-12-31', value: 14 }, a);
		const last = addMeasurement(seed.id, { date: '2020-12-31', value: 12 }, a);
		correctMeasurement(last.id, { value: 13 }, a);
		addMeasurement(jobs.id, { date: '2020-12-31', value: 10.9 }, a);
		addMeasurement(qpv.id, { date: '2020-12-31', value: 15.3 }, a);
		addMeasurement(hours.id, { date: '2020-12-31', value: 310000 }, a);
		retireIndicator(old.id, a);
		db().update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, gone.membership.id)).run();
		adoptPlan(p, a);
		startEvaluation(p, a);
		const r1 = addRecommendation(p, { nodeId: s11.id, text: 'Doubler le fonds d’amorçage', priority: 'high' }, f.evaluator.user.id);
		const r2 = addRecommendation(p, { nodeId: o211.id, text: 'Cibler les QPV', priority: 'medium' }, f.evaluator.user.id);
		const r3 = addRecommendation(p, { nodeId: s12.id, text: 'Abandonner les tiers-lieux', priority: 'low' }, f.evaluator.user.id);
		const r4 = addRecommendation(p, { nodeId: null, text: 'Mieux communiquer', priority: 'medium' }, f.evaluator.user.id);
		ids = {
			p1: p1.id,
			p2: p2.id,
			p3: p3.id,
			s11: s11.id,
			s12: s12.id,
			s21: s21.id,
			o211: o211.id,
			act: act.id,
			s31: s31.id,
			seed: seed.id,
			places: places.id,
			jobs: jobs.id,
			qpv: qpv.id,
			never: never.id,
			hours: hours.id,
			old: old.id,
			r1: r1.id,
			r2: r2.id,
			r3: r3.id,
			r4: r4.id,
			workshop: workshop.id
		};
		events.length = 0;
	});

	const input = (over: Partial<Parameters<typeof draftNextPlan>[1]> = {}) => ({
		keepNodeIds: [ids.s11, ids.o211, ids.act, ids.s31],
		keepIndicatorIds: [ids.seed, ids.qpv, ids.jobs, ids.never, ids.hours],
		title: 'PLDESS 2021-2026',
		startYear: 2021,
		endYear: 2026,
		...over
	});

	it('carries the kept nodes with their structure (ancestors included) and the kept indicators only', () => {
		const result = draftNextPlan(f.plan.id, input(), f.actorId);
		expect(result.plan).toMatchObject({ title: 'PLDESS 2021-2026', status: 'draft', predecessorId: f.plan.id, startYear: 2021, endYear: 2026, councilId: f.council.id });
		expect(result.addedAncestorIds.sort()).toEqual([ids.p1, ids.s21, ids.p2, ids.p3].sort());
		const tree = planTreeWithProgress(result.plan.id)!;
		expect(outline(tree.roots)).toEqual([
			'principle:P1 Expérimenter',
			'  strategic_objective:S1.1 Fonds d’amorçage [Projets financés]',
			'principle:P2 Accompagner',
			'  strategic_objective:S2.1 Emploi [Emplois ESS, Jamais mesuré]',
			'    operational_objective:O2.1.1 QPV [Structures en QPV]',
			'    action:A2.1 Forum emploi',
			'principle:P3 Commande publique',
			'  strategic_objective:S3.1 Clauses sociales [Heures d’insertion]'
		]);
		const s11 = tree.roots[0].children[0];
		expect(s11).toMatchObject({ weight: 2, originNodeId: ids.s11, position: 0 });
		expect(tree.roots[1].children[0].children[1].links).toEqual([{ targetType: 'workshop', targetId: ids.workshop, title: 'Atelier emploi' }]);
		expect(tree.roots.map((r) => r.position)).toEqual([0, 1, 2]);
		expect(result.nodeMap.get(ids.s11)).toBe(s11.id);
		expect(tree.plan.predecessor).toMatchObject({ id: f.plan.id, status: 'under_evaluation' });
		expect(getPlan(f.plan.id)?.successor).toMatchObject({ id: result.plan.id, status: 'draft' });
		expect(auditActions(f.council.id)[0]).toBe('plan.draft_next');
		expect(events).toEqual([
			{ type: 'plan.changed', councilId: f.council.id, planId: result.plan.id },
			{ type: 'plan.changed', councilId: f.council.id, planId: f.plan.id }
		]);
	});

	it('takes baselines from the latest current values and copies targets for revision', () => {
		const result = draftNextPlan(f.plan.id, input(), f.actorId);
		const tree = planTreeWithProgress(result.plan.id)!;
		const all = tree.roots.flatMap(function flat(n: TreeNode): TreeNode['indicators'] {
			return [...n.indicators, ...n.children.flatMap(flat)];
		});
		const by = (name: string) => all.find((i) => i.name === name)!;
		expect(by('Projets financés')).toMatchObject({
			baselineValue: 13,
			baselineDate: '2020-12-31',
			targetValue: 14,
			targetDate: '2026-12-31',
			state: 'proposed',
			validationRef: null,
			weight: 3,
			unit: 'projets/an',
			originIndicatorId: ids.seed,
			responsible: { membershipId: f.evaluator.membership.id },
			pointCount: 0
		});
		expect(by('Emplois ESS')).toMatchObject({ baselineValue: 10.9, baselineDate: '2020-12-31', responsible: null });
		expect(by('Jamais mesuré')).toMatchObject({ baselineValue: 5, baselineDate: '2015-12-31', targetValue: 9, targetDate: '2026-12-31' });
		expect(by('Heures d’insertion')).toMatchObject({ baselineValue: 310000, targetValue: 300000, targetDate: '2021-12-31' });
		const carried = new Map(result.indicators.map((c) => [c.fromId, c]));
		expect(carried.get(ids.seed)).toMatchObject({ baselineFrom: 'measurement', targetDateMoved: true, targetAlreadyReached: false });
		expect(carried.get(ids.never)).toMatchObject({ baselineFrom: 'baseline', targetDateMoved: true, targetAlreadyReached: false });
		expect(carried.get(ids.hours)).toMatchObject({ baselineFrom: 'measurement', targetDateMoved: false, targetAlreadyReached: true });
		expect(carried.has(ids.places)).toBe(false);
	});

	it('attaches each recommendation to the node that carries its target', () => {
		const result = draftNextPlan(f.plan.id, input(), f.actorId);
		expect(result.recommendations.attached.sort()).toEqual([ids.r1, ids.r2].sort());
		expect(result.recommendations.notAttached.sort()).toEqual([ids.r3, ids.r4].sort());
		const tree = planTreeWithProgress(result.plan.id)!;
		expect(tree.roots[0].children[0].answers.map((r) => [r.text, r.priority, r.planId])).toEqual([['Doubler le fonds d’amorçage', 'high', f.plan.id]]);
		expect(tree.roots[1].children[0].children[0].answers.map((r) => r.text)).toEqual(['Cibler les QPV']);
		// the API gives each node the text of the recommendations it answers
		const json = planJson(tree, 'demo') as { principles: { children: { answers: { text: string; planId: number }[] }[] }[] };
		expect(json.principles[0].children[0].answers).toMatchObject([{ text: 'Doubler le fonds d’amorçage', priority: 'high', planId: f.plan.id }]);
		const listed = listRecommendations(f.plan.id);
		expect(listed.find((r) => r.id === ids.r1)?.answeredBy).toEqual([{ nodeId: result.nodeMap.get(ids.s11), planId: result.plan.id, planStatus: 'draft', title: 'S1.1 Fonds d’amorçage' }]);
		expect(listed.find((r) => r.id === ids.r4)).toMatchObject({ nodeTitle: null, answeredBy: [] });
		// an attached recommendation cannot be deleted; one may be attached by hand
		expect(code(() => deleteRecommendation(ids.r1, f.actorId))).toBe('plans_error_recommendation_attached@form');
		setRecommendationAnswer(result.nodeMap.get(ids.p1)!, ids.r4, true, f.actorId);
		expect(planTreeWithProgress(result.plan.id)!.roots[0].answers.map((r) => r.id)).toEqual([ids.r4]);
		setRecommendationAnswer(result.nodeMap.get(ids.p1)!, ids.r4, false, f.actorId);
		expect(planTreeWithProgress(result.plan.id)!.roots[0].answers).toEqual([]);
	});

	it('refuses what cannot be carried', () => {
		expect(code(() => draftNextPlan(f.plan.id, input({ keepIndicatorIds: [ids.places] }), f.actorId))).toBe('plans_error_keep_indicator_node@keepIndicatorIds');
		expect(code(() => draftNextPlan(f.plan.id, input({ keepIndicatorIds: [ids.old] }), f.actorId))).toBe('plans_error_keep_retired_indicator@keepIndicatorIds');
		expect(code(() => draftNextPlan(f.plan.id, input({ keepIndicatorIds: [999999] }), f.actorId))).toBe('plans_error_keep_unknown_indicator@keepIndicatorIds');
		expect(code(() => draftNextPlan(f.plan.id, input({ keepNodeIds: [999999] }), f.actorId))).toBe('plans_error_keep_unknown_node@keepNodeIds');
		expect(code(() => draftNextPlan(f.plan.id, input({ startYear: 2019 }), f.actorId))).toBe('plans_error_next_period@startYear');
		expect(code(() => draftNextPlan(f.plan.id, input({ title: '' }), f.actorId))).toBe('plans_error_required@title');
		// nothing was written by the refusals
		expect(getPlan(f.plan.id)?.successor).toBeNull();
		draftNextPlan(f.plan.id, input(), f.actorId);
		expect(code(() => draftNextPlan(f.plan.id, input({ title: 'Encore' }), f.actorId))).toBe('plans_error_successor_exists@form');
	});

	it('adopting the successor (once its stale targets are reviewed) leaves the plan under evaluation open until it is closed', () => {
		const { plan } = draftNextPlan(f.plan.id, input(), f.actorId);
		expect(code(() => adoptPlan(plan.id, f.actorId))).toBe('plans_error_targets_unreviewed@form');
		for (const t of targetsToReview(plan.id)) db().transaction((tx) => reviewTarget(tx, t.id, { mode: 'confirm' }, f.actorId));
		events.length = 0;
		const result = adoptPlan(plan.id, f.actorId);
		expect(result.plan).toMatchObject({ id: plan.id, status: 'adopted' });
		expect(result.plan.adoptedAt).toBeInstanceOf(Date);
		expect(result.closedPredecessor).toBeNull();
		expect(getPlan(f.plan.id)).toMatchObject({ status: 'under_evaluation', successor: { id: plan.id, status: 'adopted' } });
		expect(auditActions(f.council.id)[0]).toBe('plan.adopt');
		expect(events.map((e) => (e.type === 'plan.changed' ? e.planId : 0))).toEqual([plan.id]);
		expect(code(() => adoptPlan(plan.id, f.actorId))).toBe('plans_error_bad_transition@status');
		// the evaluated plan still takes late values, corrections and recommendations, each audited
		const late = addMeasurement(ids.seed, { date: '2021-03-31', value: 15 }, f.actorId);
		correctMeasurement(late.id, { value: 15.5, comment: 'Chiffre consolidé' }, f.actorId);
		addRecommendation(f.plan.id, { nodeId: null, text: 'Publier le bilan', priority: 'low' }, f.actorId);
		expect(auditActions(f.council.id).slice(0, 3)).toEqual(['recommendation.create', 'measurement.correct', 'measurement.add']);
		// then the secretariat closes it, and it is read-only
		closePlan(f.plan.id, f.actorId);
		expect(getPlan(f.plan.id)?.status).toBe('closed');
		expect(auditActions(f.council.id)[0]).toBe('plan.status');
		expect(code(() => addRecommendation(f.plan.id, { nodeId: null, text: 'Trop tard', priority: 'low' }, f.actorId))).toBe('plans_error_plan_closed@form');
	});

	it('adopting the successor of a plan never evaluated closes it, in one go', () => {
		const fresh = createPlan({ councilId: f.council.id, title: 'Plan court', startYear: 2019, endYear: 2020 }, f.actorId);
		addNode(fresh.id, { parentId: null, kind: 'principle', title: 'P' }, f.actorId);
		adoptPlan(fresh.id, f.actorId);
		const { plan } = draftNextPlan(fresh.id, { keepNodeIds: [], keepIndicatorIds: [], title: 'Suite', startYear: 2021, endYear: 2022 }, f.actorId);
		addNode(plan.id, { parentId: null, kind: 'principle', title: 'Q' }, f.actorId);
		events.length = 0;
		expect(adoptPlan(plan.id, f.actorId).closedPredecessor).toMatchObject({ id: fresh.id, status: 'closed' });
		expect(auditActions(f.council.id).slice(0, 2)).toEqual(['plan.adopt', 'plan.status']);
		expect(events.map((e) => (e.type === 'plan.changed' ? e.planId : 0))).toEqual([plan.id, fresh.id]);
	});

	it('refuses to adopt an empty plan and to draft from a draft', () => {
		const { plan } = draftNextPlan(f.plan.id, input({ keepNodeIds: [], keepIndicatorIds: [] }), f.actorId);
		expect(code(() => adoptPlan(plan.id, f.actorId))).toBe('plans_error_plan_empty@form');
		expect(code(() => draftNextPlan(plan.id, input({ startYear: 2027, endYear: 2032 }), f.actorId))).toBe('plans_error_next_from_draft@form');
		expect(getPlan(f.plan.id)?.status).toBe('under_evaluation');
	});
});
