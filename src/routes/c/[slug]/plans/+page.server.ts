import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listPlans } from '$lib/server/plans/plans';
import { createPlan } from '$lib/server/plans/actions';
import { formAction } from '$lib/server/actions/form';
import { visiblePlans } from '$lib/server/plans/visibility';
import { planRights } from './shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = requireCouncil(event, event.params.slug, 'plans.read');
	return { plans: visiblePlans(ctx.actor, ctx.council, listPlans(ctx.council.id)), rights: planRights(ctx) };
};

export const actions: Actions = {
	create: formAction(createPlan, {
		done: (plan, { council }) => redirect(303, `/c/${council!.slug}/plans/${plan.id}/edit`)
	})
};
