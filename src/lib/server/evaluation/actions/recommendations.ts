// The evaluation's recommendations on a plan (on one of its nodes, or on the plan as a whole): added, edited, deleted.
import { z } from 'zod';
import { recommendationSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addRecommendation as add, deleteRecommendation as remove, updateRecommendation as update } from '../../plans/recommendations';
import { campaignScope, recommendationScope } from './scope';

export const addRecommendation = defineAction({
	name: 'evaluation.addRecommendation',
	input: recommendationSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { planId: _, ...fields }) => {
		add(scope.plan.id, { ...fields, nodeId: fields.nodeId ?? null }, actor.user!.id);
	}
});

export const updateRecommendation = defineAction({
	name: 'evaluation.updateRecommendation',
	input: recommendationSchema.extend({ planId: id(), recommendationId: id() }),
	permission: 'evaluation.manage',
	scope: recommendationScope,
	run: ({ actor }, { planId: _, recommendationId, ...patch }) => {
		update(recommendationId, { ...patch, nodeId: patch.nodeId ?? null }, actor.user!.id);
	}
});

export const deleteRecommendation = defineAction({
	name: 'evaluation.deleteRecommendation',
	input: z.object({ planId: id(), recommendationId: id() }),
	permission: 'evaluation.manage',
	scope: recommendationScope,
	run: ({ actor }, input) => remove(input.recommendationId, actor.user!.id)
});
