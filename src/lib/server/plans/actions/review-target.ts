// The secretariat reviews the stale target of an indicator carried into a draft next plan: confirms it or sets a
// new one (target-review.ts); the plan cannot be adopted before every such target is reviewed.
import { id } from '$lib/schemas/common';
import { targetReviewSchema } from '$lib/schemas/plans';
import { defineAction } from '../../actions/define';
import { reviewTarget as review } from '../target-review';
import { indicatorScope } from './scope';

export const reviewTarget = defineAction({
	name: 'plans.reviewTarget',
	input: targetReviewSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'plans.manage',
	scope: indicatorScope,
	run: ({ tx, actor, scope }, input) => review(tx, scope.indicator.id, input, actor.user!.id)
});
