import type { Actions, PageServerLoad } from './$types';
import { listRecommendations } from '$lib/server/plans/recommendations';
import { addRecommendation, deleteRecommendation, updateRecommendation } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { listNodes } from '$lib/server/plans/tree';
import { withVisibleAnswers } from '$lib/server/plans/visibility';
import { campaignContext, planOfUrl, planRights } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status, successor: ctx.plan.successor },
		rights: planRights(ctx),
		recommendations: withVisibleAnswers(ctx.actor, ctx.council, listRecommendations(ctx.plan.id)),
		nodes: listNodes(ctx.plan.id).map((n) => ({ id: n.id, title: n.title, kind: n.kind }))
	};
};

const saved = () => ({ saved: true });

export const actions: Actions = {
	add: formAction(addRecommendation, { input: planOfUrl, done: saved }),
	update: formAction(updateRecommendation, { input: planOfUrl, done: saved }),
	delete: formAction(deleteRecommendation, { input: planOfUrl, done: saved })
};
