// An indicator's definition edited; a substantive change to a validated indicator sends it back to 'proposed'.
import { indicatorSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { updateIndicator as update } from '../indicators';
import { indicatorScope } from './scope';

export const updateIndicator = defineAction({
	name: 'plans.updateIndicator',
	input: indicatorSchema.omit({ nodeId: true }).extend({ planId: id(), indicatorId: id() }),
	permission: 'plans.manage',
	scope: indicatorScope,
	run: ({ actor, scope }, { planId: _, indicatorId: __, ...patch }) => update(scope.indicator.id, patch, actor.user!.id)
});
