// A member withdraws their waiting request to speak.
import { withdrawSpeechSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { withdrawSpeech as withdraw } from '../speakers';
import { itemScope } from './scope';

export const withdrawSpeech = defineAction({
	name: 'speakers.withdraw',
	input: withdrawSpeechSchema,
	permission: 'speakers.ask',
	scope: itemScope,
	run: (ctx) => withdraw(ctx)
});
