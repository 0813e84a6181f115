// The council's settings: its general description and visibility, and the default rules of its votes.
import { generalSchema, votingSchema } from '$lib/schemas/councils';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { updateCouncilGeneral, updateVotingDefaults } from '../settings';

export const updateGeneral = defineAction({
	name: 'councils.updateGeneral',
	input: generalSchema,
	permission: 'council.update',
	run: ({ council, actor }, data) =>
		updateCouncilGeneral(requireCouncilOf(council).id, { name: data.name, territory: data.territory, description: data.description, isPublic: data.visibility }, actor.user!.id)
});

export const updateVoting = defineAction({
	name: 'councils.updateVoting',
	input: votingSchema,
	permission: 'council.update',
	run: ({ council, actor }, data) => updateVotingDefaults(requireCouncilOf(council).id, data, actor.user!.id)
});
