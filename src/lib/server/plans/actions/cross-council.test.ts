// Regression (issue #14): the plans and evaluation services take ids and trusted the route to have checked them.
// Through the declared actions, every id is looked up within the council of the request: the objects of another
// council are "not found" even when mixed with the ids of one's own plan, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { createCouncil } from '../../councils/create';
import type { CouncilRow } from '../../councils/councils';
import { actorFor } from '../../proposals/access';
import { execute } from '../../actions/execute';
import type { Actor } from '../../auth/permissions';
import { campaignFixture } from '../../evaluation/test-fixture';
import { createCampaign } from '../../evaluation/campaigns';
import { addFinding } from '../../evaluation/evidence';
import { findings } from '../../evaluation/tables';
import { deleteFinding, deleteRecommendation, createCampaign as createCampaignAction } from '../../evaluation/actions';
import { createPlan, startEvaluation } from '../plans';
import { adoptPlan } from '../next-plan';
import { addMeasurement as measure } from '../measurements';
import { addRecommendation } from '../recommendations';
import { indicators, planNodes, recommendations } from '../tables';
import { addMember, newIndicator, smallTree } from '../test-helpers';
import { addIndicator, correctMeasurement, editNode, updateIndicator } from '.';

describe('plans and evaluation actions: ids of another council are not found', () => {
	let own: Awaited<ReturnType<typeof campaignFixture<{ indicatorId: number }>>>;
	let council: CouncilRow;
	let secretariat: Actor;
	let other: { planId: number; nodeId: number; objectiveId: number; indicatorId: number; measurementId: number; recommendationId: number; findingId: number };

	beforeAll(async () => {
		own = await campaignFixture((f, tree) => ({ indicatorId: newIndicator(tree.operational.id, f.actorId).id }));
		council = own.council as CouncilRow;
		secretariat = actorFor(own.secretariat.user.id, council.id);
		// another council in the same database, with its own evaluated plan
		const elsewhere = createCouncil(
			{ name: 'Autre conseil', slug: `autre-${Math.floor(Math.random() * 1e9)}`, territory: 'Roubaix', description: '', isPublic: true, weighting: 'none' },
			own.admin.id
		);
		const by = addMember(elsewhere.id, ['secretariat']).user.id;
		const plan = createPlan({ councilId: elsewhere.id, title: 'Autre plan', startYear: 2016, endYear: 2020 }, by);
		const tree = smallTree(plan.id, by);
		const indicator = newIndicator(tree.operational.id, by);
		adoptPlan(plan.id, by);
		startEvaluation(plan.id, by);
		const measurement = measure(indicator.id, { date: '2018-12-31', value: 150 }, by);
		const campaign = createCampaign(plan.id, { title: 'Autre évaluation' }, by);
		const recommendation = addRecommendation(plan.id, { nodeId: null, text: 'Autre recommandation', priority: 'high' }, by);
		const findingId = addFinding(campaign.id, { nodeId: null, kind: 'strength', text: 'Autre constat' }, by);
		other = { planId: plan.id, nodeId: tree.principle.id, objectiveId: tree.operational.id, indicatorId: indicator.id, measurementId: measurement.id, recommendationId: recommendation.id, findingId };
	});

	const run = (action: Parameters<typeof execute>[2], input: Record<string, unknown>, actor = secretariat) => execute(actor, council, action, input);

	it("another council's plan is not found", async () => {
		expect(await run(editNode, { planId: other.planId, nodeId: other.nodeId, title: 'Piraté' })).toMatchObject({ ok: false, status: 404, code: 'plans_error_not_found' });
		expect(db().select().from(planNodes).where(eq(planNodes.id, other.nodeId)).get()!.title).toBe('Principe 1');
	});

	it("one's own plan with another council's node, indicator or measurement: not found, nothing written", async () => {
		expect(await run(editNode, { planId: own.plan.id, nodeId: other.nodeId, title: 'Piraté' })).toMatchObject({ status: 404, code: 'plans_error_node_not_found' });
		expect(
			await run(addIndicator, {
				planId: own.plan.id,
				nodeId: other.objectiveId,
				name: 'Intrus',
				direction: 'higher',
				baselineValue: '1',
				baselineDate: '2016-01-01',
				targetValue: '2',
				targetDate: '2020-12-31',
				frequency: 'yearly'
			})
		).toMatchObject({ status: 404, code: 'plans_error_node_not_found' });
		expect(db().select().from(indicators).where(eq(indicators.nodeId, other.objectiveId)).all()).toHaveLength(1);
		expect(
			await run(updateIndicator, {
				planId: own.plan.id,
				indicatorId: other.indicatorId,
				name: 'Piraté',
				direction: 'higher',
				baselineValue: '1',
				baselineDate: '2016-01-01',
				targetValue: '2',
				targetDate: '2020-12-31',
				frequency: 'yearly'
			})
		).toMatchObject({ status: 404, code: 'plans_error_indicator_not_found' });
		expect(await run(correctMeasurement, { planId: own.plan.id, indicatorId: own.indicatorId, measurementId: other.measurementId, value: '1' })).toMatchObject({
			status: 404,
			code: 'plans_error_measurement_not_found'
		});
	});

	it("one's own campaign with another council's recommendation or finding: not found, nothing deleted", async () => {
		expect(await run(deleteRecommendation, { planId: own.plan.id, recommendationId: other.recommendationId })).toMatchObject({ status: 404, code: 'plans_error_recommendation_not_found' });
		expect(db().select().from(recommendations).where(eq(recommendations.id, other.recommendationId)).get()).toBeDefined();
		expect(await run(deleteFinding, { planId: own.plan.id, findingId: other.findingId })).toMatchObject({ status: 404, code: 'evaluation_error_finding_not_found' });
		expect(db().select().from(findings).where(eq(findings.id, other.findingId)).get()).toBeDefined();
	});

	it('the permission comes from the table: an evaluator may not edit the tree; a draft plan is not found by those who may not see it', async () => {
		const evaluator = actorFor(own.evaluator.user.id, council.id);
		expect(await run(editNode, { planId: own.plan.id, nodeId: own.tree.principle.id, title: 'Non' }, evaluator)).toMatchObject({ status: 403, code: 'common_error_forbidden' });
		const draft = createPlan({ councilId: council.id, title: 'Brouillon', startYear: 2021, endYear: 2026 }, own.actorId);
		expect(await run(createCampaignAction, { planId: draft.id, title: 'Évaluation' }, evaluator)).toMatchObject({ status: 404, code: 'plans_error_not_found' });
	});
});
