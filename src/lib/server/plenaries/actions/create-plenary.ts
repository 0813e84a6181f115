// The secretariat plans a plenary (its agenda is written next).
import { plenaryFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { createPlenary as create } from '../plenaries';

export const createPlenary = defineAction({
	name: 'plenaries.create',
	input: plenaryFormSchema,
	permission: 'plenaries.manage',
	scope: ({ council }) => requireCouncilOf(council),
	run: ({ actor, scope }, input) => create(actor.user!, scope.id, { ...input, endsAt: input.endsAt ?? null })
});
