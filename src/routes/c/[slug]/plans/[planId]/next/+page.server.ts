import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { draftNextPlan } from '$lib/server/plans/next-plan';
import { nextPlanSchema } from '$lib/schemas/plans';
import { planContext, refusal } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { plan, council } = planContext(event, 'plans.manage');
	// the next plan was already drafted: show it rather than a dead end
	if (plan.successor) redirect(303, `/c/${council.slug}/plans/${plan.successor.id}`);
	if (plan.status === 'draft') error(404, 'not_found');
	const tree = planTreeWithProgress(plan.id)!;
	const start = plan.endYear + 1;
	const suggested = /\d{4}\s*[-–]\s*\d{4}/.test(plan.title) ? plan.title.replace(/\d{4}\s*[-–]\s*\d{4}/, `${start}-${start + 5}`) : `${plan.title} ${start}-${start + 5}`;
	return { plan: { id: plan.id, title: plan.title, endYear: plan.endYear }, tree, defaults: { title: suggested, startYear: start, endYear: start + 5 } };
};

export const actions: Actions = {
	default: async (event) => {
		const { plan, council, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nextPlanSchema);
		if (!form.ok) return form.failure;
		let id: number;
		try {
			id = draftNextPlan(plan.id, { ...form.data, keepNodeIds: form.data.keepNodes, keepIndicatorIds: form.data.keepIndicators }, actor.user!.id).plan.id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/plans/${id}?drafted=1`);
	}
};
