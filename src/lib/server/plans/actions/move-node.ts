// A node moved in the tree: one step with the editor's buttons (up, down, indent, outdent) or dropped under a
// parent at a position; the tree rules are the service's. Both answer with where the node now is.
import { nodeDropSchema, nodeMoveSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { listNodes, moveNode as move } from '../tree';
import { nodeOf, nodeScope, type NodeRow } from './scope';

export type NodeMoved = { moved: NodeRow; count: number; parentTitle: string | null } | { moved: null; title: string };

function placed(planId: number, moved: NodeRow): NodeMoved {
	const nodes = listNodes(planId);
	const parent = moved.parentId === null ? null : (nodes.find((n) => n.id === moved.parentId)?.title ?? '');
	return { moved, count: nodes.filter((n) => n.parentId === moved.parentId).length, parentTitle: parent };
}

/** Where one step in `direction` takes the node, or null when it cannot go there. */
function stepTarget(nodes: NodeRow[], node: NodeRow, direction: 'up' | 'down' | 'indent' | 'outdent') {
	const siblings = nodes.filter((n) => n.parentId === node.parentId).sort((a, b) => a.position - b.position);
	const index = siblings.findIndex((s) => s.id === node.id);
	if (direction === 'up' && index > 0) return { parentId: node.parentId, position: index - 1 };
	if (direction === 'down' && index < siblings.length - 1) return { parentId: node.parentId, position: index + 1 };
	if (direction === 'indent' && index > 0) return { parentId: siblings[index - 1].id, position: nodes.filter((n) => n.parentId === siblings[index - 1].id).length };
	if (direction === 'outdent' && node.parentId !== null) {
		const parent = nodes.find((n) => n.id === node.parentId)!;
		return { parentId: parent.parentId, position: parent.position + 1 };
	}
	return null;
}

export const moveNode = defineAction({
	name: 'plans.moveNode',
	input: nodeMoveSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: nodeScope,
	run: ({ actor, scope }, input): NodeMoved => {
		const to = stepTarget(listNodes(scope.plan.id), scope.node, input.direction);
		if (!to) return { moved: null, title: scope.node.title };
		return placed(scope.plan.id, move(scope.node.id, to, actor.user!.id));
	}
});

export const dropNode = defineAction({
	name: 'plans.dropNode',
	input: nodeDropSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: (ctx, input) => {
		const scope = nodeScope(ctx, input);
		if (input.parentId !== null && input.parentId !== undefined) nodeOf(ctx, scope, input.parentId, 'parentId');
		return scope;
	},
	run: ({ actor, scope }, input): NodeMoved => placed(scope.plan.id, move(scope.node.id, { parentId: input.parentId ?? null, position: input.position }, actor.user!.id))
});
