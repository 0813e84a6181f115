// The secretariat prepares votes on agenda items: create, edit and delete a draft.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { voteFormSchema } from '$lib/schemas/votes';
import { defineAction } from '../../actions/define';
import { createVote as create, deleteVote as remove, updateVote as update } from '../votes';
import { themesFor, voteInputOf } from '../vote-form';
import { itemScope, voteScope } from './scope';

const ids = { plenaryId: id(), voteId: id() };

/** On the agenda item of the input; returns the new vote's id. */
export const createVote = defineAction({
	name: 'votes.create',
	input: voteFormSchema.extend({ plenaryId: id(), itemId: id() }),
	permission: 'votes.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => create(actor.user!, scope.item.id, voteInputOf(input, themesFor(scope.council, scope.item), scope.council)).id
});

export const updateVote = defineAction({
	name: 'votes.update',
	input: voteFormSchema.extend(ids),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }, input) => {
		const item = scope.agenda.find((i) => i.id === scope.vote.agendaItemId)!;
		update(actor.user!, scope.vote.id, voteInputOf(input, themesFor(scope.council, item), scope.council));
	}
});

export const deleteVote = defineAction({
	name: 'votes.delete',
	input: z.object(ids),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }) => remove(actor.user!, scope.vote.id)
});
