// An action of the plan linked to an adopted proposal or a workshop of the council (the service checks both), or
// unlinked.
import { linkSchema, linkTargetSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addNodeLink, removeNodeLink } from '../tree';
import type { LinkTargetType } from '../values';
import { nodeScope } from './scope';

export const linkNode = defineAction({
	name: 'plans.linkNode',
	input: linkTargetSchema.extend({ planId: id() }),
	permission: 'plans.manage',
	scope: nodeScope,
	run: ({ actor, scope }, input) => {
		const [targetType, targetId] = input.target.split(':');
		addNodeLink(scope.node.id, { targetType: targetType as LinkTargetType, targetId: Number(targetId) }, actor.user!.id);
		return scope.node.id;
	}
});

export const unlinkNode = defineAction({
	name: 'plans.unlinkNode',
	input: linkSchema.omit({ remove: true }).extend({ planId: id() }),
	permission: 'plans.manage',
	scope: nodeScope,
	run: ({ actor, scope }, input) => {
		removeNodeLink(scope.node.id, { targetType: input.targetType, targetId: input.targetId }, actor.user!.id);
		return scope.node.id;
	}
});
