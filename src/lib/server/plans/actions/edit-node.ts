// A node of the tree retitled, redescribed or reweighted.
import { nodeEditSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { updateNode } from '../tree';
import { nodeScope } from './scope';

export const editNode = defineAction({
	name: 'plans.editNode',
	input: nodeEditSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: nodeScope,
	run: ({ actor, scope }, { title, description, weight }) => updateNode(scope.node.id, { title, description, weight }, actor.user!.id)
});
