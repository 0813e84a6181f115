// The secretariat or the chair takes a waiting request off the list.
import { removeSpeakerSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { removeSpeaker as remove } from '../speakers';
import { itemScope } from './scope';

export const removeSpeaker = defineAction({
	name: 'speakers.remove',
	input: removeSpeakerSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => remove(ctx, input.membershipId)
});
