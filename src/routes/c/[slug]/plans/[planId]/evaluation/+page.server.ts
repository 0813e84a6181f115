import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { createCampaign, getCampaignByPlan, setCommittee, updateCampaign, updateStage } from '$lib/server/evaluation/campaigns';
import { createQuestionnaire, listQuestionnaires } from '$lib/server/evaluation/questionnaires';
import { listColleges } from '$lib/server/councils/colleges';
import { listCouncilMembers } from '$lib/server/evaluation/people';
import { campaignSchema, committeeSchema, questionnaireSchema, stageSchema } from '$lib/schemas/evaluation';
import { campaignContext, planContext, planRights, refusal } from '../../shared.server';

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

export const actions: Actions = {
	create: async (event) => {
		const { plan, actor } = planContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, campaignSchema);
		if (!form.ok) return form.failure;
		try {
			createCampaign(plan.id, form.data, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	update: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, campaignSchema);
		if (!form.ok) return form.failure;
		try {
			updateCampaign(campaign.id, form.data, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	committee: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, committeeSchema);
		if (!form.ok) return form.failure;
		try {
			setCommittee(campaign.id, form.data.members, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	stage: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, stageSchema);
		if (!form.ok) return form.failure;
		try {
			updateStage(campaign.id, form.data.stage, form.data, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	questionnaire: async (event) => {
		const { campaign, actor, council, plan } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, questionnaireSchema);
		if (!form.ok) return form.failure;
		let id: number;
		try {
			id = createQuestionnaire(campaign.id, { ...form.data, collegeIds: form.data.colleges }, actor.user!.id).id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/plans/${plan.id}/evaluation/questionnaires/${id}`);
	}
};
