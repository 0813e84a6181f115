// A platform administrator creates a council (outside any council).
import { createCouncilSchema } from '$lib/schemas/councils';
import { defineAction } from '../../actions/define';
import { createCouncil as create } from '../create';

export const createCouncil = defineAction({
	name: 'councils.create',
	input: createCouncilSchema,
	permission: 'councils.create',
	council: 'none',
	run: ({ actor }, input) => create(input, actor.user!.id)
});
