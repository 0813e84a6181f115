// The secretariat shows which agenda item the open plenary is on (or none); the screens follow it.
import { currentItemFormSchema } from '$lib/schemas/plenaries';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { setCurrentItem as setCurrent } from '../agenda';
import { optionalItemScope } from './scope';

export const setCurrentItem = defineAction({
	name: 'plenaries.setCurrentItem',
	input: currentItemFormSchema.extend({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: optionalItemScope,
	run: ({ actor, scope }, input) => setCurrent(actor.user!, scope.plenary.id, input.itemId)
});
