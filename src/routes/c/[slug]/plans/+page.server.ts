import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { parseForm } from '$lib/server/http/forms';
import { createPlan, listPlans } from '$lib/server/plans/plans';
import { visiblePlans } from '$lib/server/plans/visibility';
import { planSchema } from '$lib/schemas/plans';
import { planRights, refusal } from './shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = requireCouncil(event, event.params.slug, 'plans.read');
	return { plans: visiblePlans(ctx.actor, ctx.council, listPlans(ctx.council.id)), rights: planRights(ctx) };
};

export const actions: Actions = {
	create: async (event) => {
		const { council, actor } = requireCouncil(event, event.params.slug, 'plans.manage');
		const form = await parseForm(event.request, planSchema);
		if (!form.ok) return form.failure;
		let planId: number;
		try {
			planId = createPlan({ councilId: council.id, ...form.data }, actor.user!.id).id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/plans/${planId}/edit`);
	}
};
