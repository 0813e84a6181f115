// An indicator moved: dropped on an objective at a position in the tree editor (or moved with its buttons), or
// sent from its page to another objective of the plan, last among its indicators.
import { indicatorDropSchema, indicatorMoveSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction, type ScopeContext } from '../../actions/define';
import { listIndicators, moveIndicator as move } from '../indicators';
import { nodeOf, indicatorScope, type NodeRow } from './scope';

export type IndicatorMoved = { name: string; position: number; count: number; node: NodeRow };

function targetScope(ctx: ScopeContext, input: { planId: number; indicatorId: number; nodeId: number }) {
	const scope = indicatorScope(ctx, input);
	return { ...scope, node: nodeOf(ctx, scope, input.nodeId, 'nodeId') };
}

function moveTo(planId: number, indicatorId: number, node: NodeRow, position: number, actorId: number): IndicatorMoved {
	const moved = move(indicatorId, { nodeId: node.id, position }, actorId);
	return { name: moved.name, position: moved.position, count: listIndicators(planId).filter((i) => i.nodeId === moved.nodeId).length, node };
}

export const dropIndicator = defineAction({
	name: 'plans.dropIndicator',
	input: indicatorDropSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: targetScope,
	run: ({ actor, scope }, input) => moveTo(scope.plan.id, scope.indicator.id, scope.node, input.position, actor.user!.id)
});

export const moveIndicator = defineAction({
	name: 'plans.moveIndicator',
	input: indicatorMoveSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'plans.manage',
	scope: targetScope,
	run: ({ actor, scope }) => {
		const last = listIndicators(scope.plan.id).filter((i) => i.nodeId === scope.node.id && i.id !== scope.indicator.id).length;
		return moveTo(scope.plan.id, scope.indicator.id, scope.node, last, actor.user!.id);
	}
});
