// An indicator proposed under an objective of the plan (its responsible member must be of the council: the service
// checks it).
import { indicatorSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addIndicator as add } from '../indicators';
import { nodeOf, planScope } from './scope';

export const addIndicator = defineAction({
	name: 'plans.addIndicator',
	input: indicatorSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: (ctx, input) => {
		const scope = planScope(ctx, input);
		return { ...scope, node: nodeOf(ctx, scope, input.nodeId, 'nodeId') };
	},
	run: ({ actor, scope }, { planId: _, nodeId: __, ...fields }) => add(scope.node.id, fields, actor.user!.id)
});
