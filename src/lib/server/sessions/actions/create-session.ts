// The secretariat plans a plenary session (its agenda is written next).
import { sessionFormSchema } from '$lib/schemas/sessions';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { createSession as create } from '../plenaries';

export const createSession = defineAction({
	name: 'sessions.create',
	input: sessionFormSchema,
	permission: 'sessions.manage',
	scope: ({ council }) => requireCouncilOf(council),
	run: ({ actor, scope }, input) => create(actor.user!, scope.id, { ...input, endsAt: input.endsAt ?? null })
});
