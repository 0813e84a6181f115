// The secretariat creates a plan (a draft) in its council.
import { planSchema } from '$lib/schemas/plans';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { createPlan as create } from '../plans';

export const createPlan = defineAction({
	name: 'plans.createPlan',
	input: planSchema,
	permission: 'plans.manage',
	run: ({ actor, council }, input) => create({ councilId: requireCouncilOf(council).id, ...input }, actor.user!.id),
	present: (plan) => ({ ok: true, id: plan.id })
});
