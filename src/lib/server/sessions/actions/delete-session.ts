// The secretariat deletes a session (and its agenda documents) while the service allows it.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { deleteSessionAndDocuments } from '../agenda-documents';
import { sessionScope } from './scope';

export const deleteSession = defineAction({
	name: 'sessions.delete',
	input: z.object({ sessionId: id() }),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }) => deleteSessionAndDocuments(actor.user!, scope.session.id)
});
