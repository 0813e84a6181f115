import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getCampaignByPlan } from '$lib/server/evaluation/campaigns';
import { listQuestionnaires } from '$lib/server/evaluation/questionnaires';
import { createCampaign, createQuestionnaire, setCommittee, updateCampaign, updateStage } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { listColleges } from '$lib/server/councils/colleges';
import { listCouncilMembers } from '$lib/server/evaluation/people';
import { planContext, planOfUrl, planRights } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = planContext(event);
	const rights = planRights(ctx);
	const campaign = getCampaignByPlan(ctx.plan.id) ?? null;
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		campaign,
		questionnaires: campaign ? listQuestionnaires(campaign.id).filter((q) => rights.evaluate || q.status !== 'draft') : [],
		colleges: rights.evaluate ? listColleges(ctx.council.id).map((c) => ({ id: c.id, name: c.name })) : [],
		members: rights.evaluate && campaign ? listCouncilMembers(ctx.council.id) : []
	};
};

const saved = () => ({ saved: true });

export const actions: Actions = {
	create: formAction(createCampaign, { input: planOfUrl, done: saved }),
	update: formAction(updateCampaign, { input: planOfUrl, done: saved }),
	committee: formAction(setCommittee, { input: planOfUrl, done: saved }),
	stage: formAction(updateStage, { input: planOfUrl, done: saved }),
	questionnaire: formAction(createQuestionnaire, {
		input: planOfUrl,
		done: (id, { council, event }) => redirect(303, `/c/${council!.slug}/plans/${event.params.planId}/evaluation/questionnaires/${id}`)
	})
};
