// The secretariat drafts the next plan from an adopted or evaluated one, keeping the chosen nodes and indicators
// (the service refuses nodes and indicators of another plan).
import { nextPlanSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { draftNextPlan as draft } from '../next-plan';
import { planScope } from './scope';

export const draftNextPlan = defineAction({
	name: 'plans.draftNextPlan',
	input: nextPlanSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: planScope,
	run: ({ actor, scope }, { keepNodes, keepIndicators, planId: _, ...fields }) => draft(scope.plan.id, { ...fields, keepNodeIds: keepNodes, keepIndicatorIds: keepIndicators }, actor.user!.id).plan.id,
	present: (planId) => ({ ok: true, id: planId })
});
