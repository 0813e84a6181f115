// The secretariat or the chair sets an item's own speaking time, or lets it follow the council's default.
import { itemSpeakingTimeSchema } from '$lib/schemas/speakers';
import { defineAction } from '../../actions/define';
import { setItemSpeakingTime } from '../speakers';
import { itemScope } from './scope';

export const setItemTime = defineAction({
	name: 'speakers.setItemTime',
	input: itemSpeakingTimeSchema,
	permission: 'speakers.manage',
	scope: itemScope,
	run: (ctx, input) => setItemSpeakingTime(ctx, input.speakingSeconds)
});
