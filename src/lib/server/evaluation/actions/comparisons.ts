// The evaluation's benchmark of other cities: the evaluation team adds, edits and removes its rows.
import { comparisonIdSchema, comparisonSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addComparison as add, deleteComparison as remove, updateComparison as update } from '../comparisons';
import { campaignScope, comparisonScope } from './scope';

export const addComparison = defineAction({
	name: 'evaluation.addComparison',
	input: comparisonSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ tx, actor, scope }, { planId: _, ...fields }) => add(tx, scope.campaign.id, fields, actor.user!.id).id
});

export const updateComparison = defineAction({
	name: 'evaluation.updateComparison',
	input: comparisonSchema.extend({ planId: id(), comparisonId: id() }),
	permission: 'evaluation.manage',
	scope: comparisonScope,
	run: ({ tx, actor, scope }, { planId: _, comparisonId, ...fields }) => {
		update(tx, scope.campaign.id, comparisonId, fields, actor.user!.id);
	}
});

export const deleteComparison = defineAction({
	name: 'evaluation.deleteComparison',
	input: comparisonIdSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: comparisonScope,
	run: ({ tx, actor, scope }, input) => remove(tx, scope.campaign.id, input.comparisonId, actor.user!.id)
});
