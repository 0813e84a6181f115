// The secretariat deletes a plenary (and its agenda documents) while the service allows it.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { deletePlenaryAndDocuments } from '../agenda-documents';
import { plenaryScope } from './scope';

export const deletePlenary = defineAction({
	name: 'plenaries.delete',
	input: z.object({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }) => deletePlenaryAndDocuments(actor.user!, scope.plenary.id)
});
