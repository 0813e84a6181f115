// A member asks to speak on an agenda item (a speech, a point of order or a reply), from their phone or the plenary page.
import { askToSpeakSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { askToSpeak as ask } from '../speakers';
import { itemScope } from './scope';

export const askToSpeak = defineAction({
	name: 'speakers.ask',
	input: askToSpeakSchema,
	permission: 'speakers.ask',
	scope: itemScope,
	run: (ctx, input) => ask(ctx, input.kind)
});
