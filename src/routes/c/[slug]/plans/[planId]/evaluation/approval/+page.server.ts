import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { castApproval, closeApprovalRound, defaultRoundRules, listApprovalRounds, openApprovalRound } from '$lib/server/evaluation/approval';
import { listIndicators } from '$lib/server/plans/indicators';
import { listColleges } from '$lib/server/councils/colleges';
import { approvalSchema, roundIdSchema, roundSchema } from '$lib/schemas/evaluation';
import { campaignContext, planRights, refusal } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		rounds: listApprovalRounds(ctx.campaign.id, ctx.council.id, ctx.actor.user?.id ?? null),
		proposed: rights.evaluate ? listIndicators(ctx.plan.id).filter((i) => i.state === 'proposed').map((i) => ({ id: i.id, name: i.name })) : [],
		colleges: rights.evaluate ? listColleges(ctx.council.id).map((c) => ({ id: c.id, name: c.name })) : [],
		defaults: defaultRoundRules(ctx.council)
	};
};

function roundOf(campaignId: number, councilId: number, roundId: number) {
	if (!listApprovalRounds(campaignId, councilId, null).some((r) => r.id === roundId)) error(404, 'not_found');
}

export const actions: Actions = {
	open: async (event) => {
		const { campaign, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, roundSchema);
		if (!form.ok) return form.failure;
		try {
			const { title, indicators, colleges, weighting, majority, base, quorumKind, quorumValue } = form.data;
			openApprovalRound(campaign.id, { title, indicatorIds: indicators, collegeIds: colleges, rules: { weighting, majority, base, quorumKind, quorumValue } }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	vote: async (event) => {
		const { campaign, council, actor } = campaignContext(event, 'evaluation.respond');
		const form = await parseForm(event.request, approvalSchema);
		if (!form.ok) return form.failure;
		roundOf(campaign.id, council.id, form.data.roundId);
		try {
			castApproval(form.data.roundId, actor.user!.id, form.data.indicatorId, form.data.choice);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { voted: true, choice: form.data.choice, indicatorId: form.data.indicatorId };
	},
	close: async (event) => {
		const { campaign, council, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, roundIdSchema);
		if (!form.ok) return form.failure;
		roundOf(campaign.id, council.id, form.data.roundId);
		try {
			closeApprovalRound(form.data.roundId, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { saved: true };
	}
};
