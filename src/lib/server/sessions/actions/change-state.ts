// The secretariat moves a session along its life (convene, open, close…); convening notifies the members.
import { stateFormSchema } from '$lib/schemas/sessions';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { changeSessionState } from '../convocation';
import { sessionScope } from './scope';

export const changeState = defineAction({
	name: 'sessions.changeState',
	input: stateFormSchema.extend({ sessionId: id() }),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, input) => changeSessionState(actor.user!, scope.session.id, input.to)
});
