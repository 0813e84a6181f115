// The whole demo seeds with the evaluation of PLDESS 2016-2020 and its draft successor.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { getCouncilBySlug } from '../councils/councils';
import { listPlans } from '../plans/plans';
import { planTreeWithProgress } from '../plans/tree-progress';
import { listRecommendations } from '../plans/recommendations';
import { getCampaignByPlan } from './campaigns';
import { listQuestionnaires } from './questionnaires';
import { questionnaireResults } from './results';
import { listFindings, listInterviews } from './evidence';
import { listApprovalRounds } from './approval-rounds';

describe('demo evaluation', () => {
	it('seeds an evaluation under way and a draft next plan answering its recommendations', async () => {
		useTestDatabase();
		await seedDemo();
		const council = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const plans = listPlans(council.id);
		expect(plans.map((p) => `${p.title}:${p.status}`)).toEqual(['PLDESS 2021-2026:draft', 'PLDESS 2016-2020:under_evaluation']);
		const [next, old] = plans;
		const campaign = getCampaignByPlan(old.id)!;
		expect(campaign.stages.map((s) => s.status)).toEqual(['done', 'done', 'done', 'in_progress', 'in_progress']);
		expect(campaign.committee.length).toBeGreaterThanOrEqual(4);
		const [q] = listQuestionnaires(campaign.id);
		expect(q).toMatchObject({ anonymous: true, status: 'open', responses: 30 });
		const results = questionnaireResults(q.id)!;
		expect(results.questions.map((x) => x.answered)).toEqual([30, 30, 30, 10]);
		expect(listInterviews(campaign.id)).toHaveLength(4);
		expect(listFindings(campaign.id).every((f) => f.evidence.length > 0)).toBe(true);
		expect(listApprovalRounds(campaign.id, council.id, null)[0]).toMatchObject({ status: 'open', indicators: [{ name: 'Habitants déclarant connaître l’ESS' }] });

		const tree = planTreeWithProgress(next.id)!;
		expect(tree.plan.predecessor?.id).toBe(old.id);
		expect(tree.roots).toHaveLength(4);
		const recs = listRecommendations(old.id);
		expect(recs).toHaveLength(5);
		expect(recs.filter((r) => r.answeredBy.length > 0)).toHaveLength(4);
		expect(recs.find((r) => r.nodeId === null)!.answeredBy).toEqual([]);
	});
});
