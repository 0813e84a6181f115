// The secretariat or the chair gives the floor to a waiting member (default: the next in the queue); the timer starts.
import { startSpeakerSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { startSpeaker as start } from '../speakers';
import { itemScope } from './scope';

export const startSpeaker = defineAction({
	name: 'speakers.start',
	input: startSpeakerSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => start(ctx, input.membershipId)
});
