// The secretariat moves a plenary along its life (convene, open, close…); convening notifies the members.
import { stateFormSchema } from '$lib/schemas/plenaries';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { changePlenaryState } from '../convocation';
import { plenaryScope } from './scope';

export const changeState = defineAction({
	name: 'plenaries.changeState',
	input: stateFormSchema.extend({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => changePlenaryState(actor.user!, scope.plenary.id, input.to)
});
