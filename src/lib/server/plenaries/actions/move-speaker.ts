// The secretariat or the chair moves a waiting request to another place in the queue (drag and drop, or the keyboard).
import { moveSpeakerSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { moveSpeaker as move } from '../speakers';
import { itemScope } from './scope';

export const moveSpeaker = defineAction({
	name: 'speakers.move',
	input: moveSpeakerSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => move(ctx, input.membershipId, input.position)
});
