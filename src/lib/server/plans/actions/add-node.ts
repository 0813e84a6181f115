// A principle, objective or action added to the tree of a plan (under a parent of the same plan).
import { nodeSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addNode as add } from '../tree';
import { nodeOf, planScope } from './scope';

export const addNode = defineAction({
	name: 'plans.addNode',
	input: nodeSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: (ctx, input) => {
		const scope = planScope(ctx, input);
		if (input.parentId !== null && input.parentId !== undefined) nodeOf(ctx, scope, input.parentId, 'parentId');
		return scope;
	},
	run: ({ actor, scope }, { planId: _, ...node }) => add(scope.plan.id, node, actor.user!.id)
});
