// The secretariat writes a session's agenda: add, edit, remove and move items.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { agendaItemFormSchema, itemIdSchema, moveFormSchema, reorderFormSchema } from '$lib/schemas/sessions';
import { defineAction } from '../../actions/define';
import { addAgendaItem, moveAgendaItem, updateAgendaItem } from '../agenda';
import { removeItemAndDocuments } from '../agenda-documents';
import { itemScope, sessionScope } from './scope';

const session = z.object({ sessionId: id() });

export const addItem = defineAction({
	name: 'sessions.addItem',
	input: agendaItemFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, { sessionId: _, ...item }) => addAgendaItem(actor.user!, scope.session.id, item)
});

export const updateItem = defineAction({
	name: 'sessions.updateItem',
	input: agendaItemFormSchema.extend(itemIdSchema.shape).extend(session.shape),
	permission: 'sessions.manage',
	scope: itemScope,
	run: ({ actor, scope }, { sessionId: _, itemId: __, ...patch }) => updateAgendaItem(actor.user!, scope.item.id, patch)
});

export const removeItem = defineAction({
	name: 'sessions.removeItem',
	input: itemIdSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: itemScope,
	run: ({ actor, scope }) => removeItemAndDocuments(actor.user!, scope.item.id)
});

/** One step up or down (the buttons without JavaScript). */
export const moveItem = defineAction({
	name: 'sessions.moveItem',
	input: moveFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => {
		const at = scope.agenda.findIndex((i) => i.id === scope.item.id);
		return moveAgendaItem(actor.user!, scope.item.id, Math.max(0, at + (input.direction === 'up' ? -1 : 1)));
	}
});

/** To a given position (drag and drop). */
export const reorderItem = defineAction({
	name: 'sessions.reorderItem',
	input: reorderFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => moveAgendaItem(actor.user!, scope.item.id, input.position)
});
