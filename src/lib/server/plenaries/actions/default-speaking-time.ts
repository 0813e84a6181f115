// The secretariat sets the council's default speaking time (a council setting; each agenda item may set its own).
import { defaultSpeakingTimeSchema } from '$lib/schemas/speakers';
import { requireCouncilOf } from '../../actions/scope';
import { defineAction } from '../../actions/define';
import { setDefaultSpeakingTime } from '../speakers';

export const setDefaultTime = defineAction({
	name: 'speakers.setDefaultTime',
	input: defaultSpeakingTimeSchema,
	permission: 'council.update',
	run: ({ tx, actor, council }, input) => setDefaultSpeakingTime(tx, requireCouncilOf(council).id, actor.user?.id ?? null, input.speakingSeconds)
});
