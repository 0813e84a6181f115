import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { withVisibleTree } from '$lib/server/plans/visibility';
import { adoptPlan, closePlan, deletePlan, reviewTarget, startEvaluation } from '$lib/server/plans/actions';
import { targetsToReview } from '$lib/server/plans/target-review';
import { formAction } from '$lib/server/actions/form';
import { listImports } from '$lib/server/plans/measurement-import';
import { getCampaignByPlan } from '$lib/server/evaluation/campaigns';
import { openQuestionnairesFor } from '$lib/server/evaluation/questionnaires';
import { planContext, planOfUrl, planRights } from '../shared.server';
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
		imports: rights.measure ? listImports(ctx.plan.id, 5) : [],
		// a draft next plan: the carried indicators whose target is stale (adoption waits for their review)
		targetReviews: ctx.plan.status === 'draft' && ctx.plan.predecessor ? targetsToReview(ctx.plan.id) : []
	};
};

const done = () => ({ done: true });

export const actions: Actions = {
	adopt: formAction(adoptPlan, { input: planOfUrl, done }),
	reviewTarget: formAction(reviewTarget, { input: planOfUrl, done: () => ({ targetReviewed: true }) }),
	startEvaluation: formAction(startEvaluation, { input: planOfUrl, done }),
	close: formAction(closePlan, { input: planOfUrl, done }),
	delete: formAction(deletePlan, { input: planOfUrl, done: (_, { council }) => redirect(303, `/c/${council!.slug}/plans`) })
};
