import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { addFinding, addInterview, deleteFinding, listFindings, listInterviews } from '$lib/server/evaluation/evidence';
import { listQuestionnaires } from '$lib/server/evaluation/questionnaires';
import { listIndicators } from '$lib/server/plans/indicators';
import { listNodes } from '$lib/server/plans/tree';
import { findingIdSchema, findingSchema, interviewSchema } from '$lib/schemas/evaluation';
import { campaignContext, planRights, refusal } from '../../../shared.server';
import { error } from '@sveltejs/kit';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		interviews: listInterviews(ctx.campaign.id),
		findings: listFindings(ctx.campaign.id),
		nodes: listNodes(ctx.plan.id).filter((n) => n.kind !== 'action').map((n) => ({ id: n.id, title: n.title, kind: n.kind })),
		indicators: rights.evaluate ? listIndicators(ctx.plan.id).map((i) => ({ id: i.id, name: i.name })) : [],
		questionnaires: rights.evaluate ? listQuestionnaires(ctx.campaign.id).map((q) => ({ id: q.id, title: q.title })) : []
	};
};

export const actions: Actions = {
	interview: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, interviewSchema);
		if (!form.ok) return form.failure;
		try {
			addInterview(campaign.id, { ...form.data, nodeIds: form.data.objectives }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: 'interview' };
	},
	finding: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, findingSchema);
		if (!form.ok) return form.failure;
		const evidence = [
			...form.data.indicators.map((refId) => ({ kind: 'indicator' as const, refId })),
			...form.data.questionnaires.map((refId) => ({ kind: 'questionnaire' as const, refId })),
			...form.data.interviews.map((refId) => ({ kind: 'interview' as const, refId }))
		];
		try {
			addFinding(campaign.id, { nodeId: form.data.nodeId, kind: form.data.kind, text: form.data.text, evidence }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: 'finding' };
	},
	deleteFinding: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, findingIdSchema);
		if (!form.ok) return form.failure;
		if (!listFindings(campaign.id).some((f) => f.id === form.data.findingId)) error(404, 'not_found');
		try {
			deleteFinding(form.data.findingId, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { saved: 'deleted' };
	}
};
