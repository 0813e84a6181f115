import type { Actions, PageServerLoad } from './$types';
import { listComparisons } from '$lib/server/evaluation/comparisons';
import { addComparison, deleteComparison, updateComparison } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { listIndicators } from '$lib/server/plans/indicators';
import { campaignContext, planOfUrl, planRights } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = campaignContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		rights,
		comparisons: listComparisons(ctx.campaign.id),
		indicators: rights.evaluate ? listIndicators(ctx.plan.id).map((i) => ({ id: i.id, name: i.name })) : []
	};
};

const saved = () => ({ saved: true });

export const actions: Actions = {
	add: formAction(addComparison, { input: planOfUrl, done: saved }),
	update: formAction(updateComparison, { input: planOfUrl, done: saved }),
	delete: formAction(deleteComparison, { input: planOfUrl, done: saved })
};
