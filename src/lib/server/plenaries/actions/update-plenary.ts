// The secretariat edits a plenary's details (title, dates, place, link, description).
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { plenaryFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { updatePlenary as update } from '../plenaries';
import { plenaryScope } from './scope';

export const updatePlenary = defineAction({
	name: 'plenaries.update',
	input: z.object({ plenaryId: id() }).and(plenaryFormSchema),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, { plenaryId: _, ...input }) => update(actor.user!, scope.plenary.id, { ...input, endsAt: input.endsAt ?? null })
});
