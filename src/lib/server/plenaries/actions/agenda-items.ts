// The secretariat writes a plenary's agenda: add, edit, remove and move items.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { agendaItemFormSchema, itemIdSchema, moveFormSchema, reorderFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { addAgendaItem, moveAgendaItem, updateAgendaItem } from '../agenda';
import { removeItemAndDocuments } from '../agenda-documents';
import { itemScope, plenaryScope } from './scope';

const plenary = z.object({ plenaryId: id() });

export const addItem = defineAction({
	name: 'plenaries.addItem',
	input: agendaItemFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, { plenaryId: _, ...item }) => addAgendaItem(actor.user!, scope.plenary.id, item)
});

export const updateItem = defineAction({
	name: 'plenaries.updateItem',
	input: agendaItemFormSchema.extend(itemIdSchema.shape).extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, { plenaryId: _, itemId: __, ...patch }) => updateAgendaItem(actor.user!, scope.item.id, patch)
});

export const removeItem = defineAction({
	name: 'plenaries.removeItem',
	input: itemIdSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }) => removeItemAndDocuments(actor.user!, scope.item.id)
});

/** One step up or down (the buttons without JavaScript). */
export const moveItem = defineAction({
	name: 'plenaries.moveItem',
	input: moveFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => {
		const at = scope.agenda.findIndex((i) => i.id === scope.item.id);
		return moveAgendaItem(actor.user!, scope.item.id, Math.max(0, at + (input.direction === 'up' ? -1 : 1)));
	}
});

/** To a given position (drag and drop). */
export const reorderItem = defineAction({
	name: 'plenaries.reorderItem',
	input: reorderFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => moveAgendaItem(actor.user!, scope.item.id, input.position)
});
