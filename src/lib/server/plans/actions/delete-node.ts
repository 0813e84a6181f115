// A node deleted from the tree, with what hangs under it (the service says when it may not be).
import { nodeIdSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { deleteNode as remove } from '../tree';
import { nodeScope } from './scope';

export const deleteNode = defineAction({
	name: 'plans.deleteNode',
	input: nodeIdSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: nodeScope,
	run: ({ actor, scope }) => {
		remove(scope.node.id, actor.user!.id);
		return scope.node;
	}
});
