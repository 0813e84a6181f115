import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { withVisibleTree } from '$lib/server/plans/visibility';
import { closePlan, deleteDraftPlan, startEvaluation } from '$lib/server/plans/plans';
import { adoptPlan } from '$lib/server/plans/next-plan';
import { listImports } from '$lib/server/plans/measurement-import';
import { getCampaignByPlan } from '$lib/server/evaluation/campaigns';
import { openQuestionnairesFor } from '$lib/server/evaluation/questionnaires';
import { planContext, planRights, refusal } from '../shared.server';
import { can } from '$lib/server/auth/permissions';

export const load: PageServerLoad = (event) => {
	const ctx = planContext(event);
	// workshop titles only for those who may read the council's workshops (a public dashboard shows their numbers)
	const full = planTreeWithProgress(ctx.plan.id, { workshopTitles: can(ctx.actor, 'workshops.read', ctx.council) });
	if (!full) error(404, 'not_found');
	const tree = withVisibleTree(ctx.actor, ctx.council, full);
	const rights = planRights(ctx);
	const campaign = getCampaignByPlan(ctx.plan.id);
	return {
		tree,
		rights,
		campaign: campaign ? { id: campaign.id, title: campaign.title, stages: campaign.stages } : null,
		questionnaires: campaign && ctx.actor.user && rights.respond ? openQuestionnairesFor(ctx.council.id, ctx.actor.user.id, campaign.id) : [],
		imports: rights.measure ? listImports(ctx.plan.id, 5) : []
	};
};

function act(run: (planId: number, actorId: number) => void, action: 'plans.manage' | 'evaluation.manage' = 'plans.manage'): import('./$types').Action {
	return (event) => {
		const { plan, actor } = planContext(event, action);
		try {
			run(plan.id, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { done: true };
	};
}

export const actions: Actions = {
	adopt: act((planId, actorId) => adoptPlan(planId, actorId)),
	startEvaluation: act((planId, actorId) => startEvaluation(planId, actorId)),
	close: act((planId, actorId) => closePlan(planId, actorId)),
	delete: async (event) => {
		const { plan, actor, council } = planContext(event, 'plans.manage');
		try {
			deleteDraftPlan(plan.id, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		redirect(303, `/c/${council.slug}/plans`);
	}
};
