// The secretariat or the chair closes an item's list of speakers (members may then only raise a point of order), or reopens it.
import { closeSpeakersSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { setSpeakersClosed } from '../speakers';
import { itemScope } from './scope';

export const closeSpeakers = defineAction({
	name: 'speakers.setClosed',
	input: closeSpeakersSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => setSpeakersClosed(ctx, input.closed)
});
