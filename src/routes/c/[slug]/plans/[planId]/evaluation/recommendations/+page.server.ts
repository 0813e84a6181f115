import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { addRecommendation, deleteRecommendation, listRecommendations, updateRecommendation } from '$lib/server/plans/recommendations';
import { listNodes } from '$lib/server/plans/tree';
import { withVisibleAnswers } from '$lib/server/plans/visibility';
import { recommendationSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { z } from 'zod';
import { campaignContext, planRights, refusal } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status, successor: ctx.plan.successor },
		rights: planRights(ctx),
		recommendations: withVisibleAnswers(ctx.actor, ctx.council, listRecommendations(ctx.plan.id)),
		nodes: listNodes(ctx.plan.id).map((n) => ({ id: n.id, title: n.title, kind: n.kind }))
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { plan, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, recommendationSchema);
		if (!form.ok) return form.failure;
		try {
			addRecommendation(plan.id, form.data, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	update: async (event) => {
		const { plan, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, recommendationSchema.extend({ recommendationId: id() }));
		if (!form.ok) return form.failure;
		const { recommendationId, ...patch } = form.data;
		// a recommendation of another plan is not found here, whatever its id
		if (!listRecommendations(plan.id).some((r) => r.id === recommendationId)) error(404, 'not_found');
		try {
			updateRecommendation(recommendationId, patch, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: true };
	},
	delete: async (event) => {
		const { plan, actor } = campaignContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, z.object({ recommendationId: id() }));
		if (!form.ok) return form.failure;
		if (!listRecommendations(plan.id).some((r) => r.id === form.data.recommendationId)) error(404, 'not_found');
		try {
			deleteRecommendation(form.data.recommendationId, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { saved: true };
	}
};
