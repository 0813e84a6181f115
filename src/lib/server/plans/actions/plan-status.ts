// The status cycle of a plan: adopt a draft (closing its predecessor), start its evaluation, close it, or delete
// a draft drawn up wrongly.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { adoptPlan as adopt } from '../next-plan';
import { closePlan as close, deleteDraftPlan, startEvaluation as start } from '../plans';
import { planScope } from './scope';

const input = z.object({ planId: id() });

export const adoptPlan = defineAction({
	name: 'plans.adoptPlan',
	input,
	permission: 'plans.manage',
	scope: planScope,
	run: ({ actor, scope }) => {
		adopt(scope.plan.id, actor.user!.id);
	}
});

export const startEvaluation = defineAction({
	name: 'plans.startEvaluation',
	input,
	permission: 'plans.manage',
	scope: planScope,
	run: ({ actor, scope }) => {
		start(scope.plan.id, actor.user!.id);
	}
});

export const closePlan = defineAction({
	name: 'plans.closePlan',
	input,
	permission: 'plans.manage',
	scope: planScope,
	run: ({ actor, scope }) => {
		close(scope.plan.id, actor.user!.id);
	}
});

export const deletePlan = defineAction({
	name: 'plans.deletePlan',
	input,
	permission: 'plans.manage',
	scope: planScope,
	run: ({ actor, scope }) => deleteDraftPlan(scope.plan.id, actor.user!.id)
});
