// The secretariat edits a session's details (title, dates, place, link, description).
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { sessionFormSchema } from '$lib/schemas/sessions';
import { defineAction } from '../../actions/define';
import { updateSession as update } from '../plenaries';
import { sessionScope } from './scope';

export const updateSession = defineAction({
	name: 'sessions.update',
	input: z.object({ sessionId: id() }).and(sessionFormSchema),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, { sessionId: _, ...input }) => update(actor.user!, scope.session.id, { ...input, endsAt: input.endsAt ?? null })
});
