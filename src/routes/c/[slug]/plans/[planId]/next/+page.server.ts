import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { draftNextPlan } from '$lib/server/plans/actions';
import { formAction } from '$lib/server/actions/form';
import { planContext, planOfUrl } from '../../shared.server';

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
	default: formAction(draftNextPlan, { input: planOfUrl, done: (id, { council }) => redirect(303, `/c/${council!.slug}/plans/${id}?drafted=1`) })
};
