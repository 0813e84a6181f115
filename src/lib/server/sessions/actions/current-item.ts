// The secretariat shows which agenda item the open session is on (or none); the screens follow it.
import { currentItemFormSchema } from '$lib/schemas/sessions';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { setCurrentItem as setCurrent } from '../agenda';
import { optionalItemScope } from './scope';

export const setCurrentItem = defineAction({
	name: 'sessions.setCurrentItem',
	input: currentItemFormSchema.extend({ sessionId: id() }),
	permission: 'sessions.manage',
	scope: optionalItemScope,
	run: ({ actor, scope }, input) => setCurrent(actor.user!, scope.session.id, input.itemId)
});
