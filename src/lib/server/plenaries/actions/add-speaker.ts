// The secretariat or the chair puts a member of the council on the list (someone at the door, found by name).
import { addSpeakerSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { addSpeaker as add } from '../speakers';
import { itemScope } from './scope';

export const addSpeaker = defineAction({
	name: 'speakers.add',
	input: addSpeakerSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => add(ctx, input.membershipId, input.kind)
});
