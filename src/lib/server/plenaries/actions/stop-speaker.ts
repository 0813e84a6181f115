// The secretariat or the chair ends the current speech; its time is kept for the minutes.
import { stopSpeakerSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { stopSpeaker as stop } from '../speakers';
import { itemScope } from './scope';

export const stopSpeaker = defineAction({
	name: 'speakers.stop',
	input: stopSpeakerSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx) => stop(ctx)
});
