// The list of speakers of one agenda item (the current one unless `?item=` names another): everyone who may read
// the plenary sees it live; checked-in members ask to speak and withdraw; the secretariat and the chair run it
// (add someone at the door, reorder, give and end the floor, close, the item's speaking time). Every list screen
// (plenary page, voting screen, control screen) posts its changes here. Also the speaking time per college.
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/client';
import { formAction } from '$lib/server/actions/form';
import { activeMembers } from '$lib/server/plenaries/access';
import { speakersEvent, speakingTimeSummary } from '$lib/server/plenaries/speaker-state';
import type { SpeakerListState } from '$lib/schemas/speakers-live';
import { addSpeaker, askToSpeak, closeSpeakers, moveSpeaker, removeSpeaker, setItemTime, startSpeaker, stopSpeaker, withdrawSpeech } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { council, actor, plenary, agenda, currentItem } = plenaryContext(event);
	const asked = Number(event.url.searchParams.get('item'));
	const item = agenda.find((i) => i.id === asked) ?? currentItem ?? agenda[0] ?? null;
	const manage = can(actor, 'speakers.manage', council);
	return {
		council: { id: council.id, slug: council.slug, name: council.name },
		itemId: item?.id ?? null,
		list: item ? speakersEvent(plenary.id, item.id) : null,
		defaultSeconds: council.speakingSeconds,
		manage,
		ask: can(actor, 'speakers.ask', council),
		// the door: every active member, by name, to add to the list
		members: manage
			? activeMembers(db(), council.id)
					.map((p) => ({ membershipId: p.id, name: p.name }))
					.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
			: [],
		summary: speakingTimeSummary(plenary.id)
	};
};

const input = (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id });
const done = (list: SpeakerListState) => ({ list });

export const actions: Actions = {
	ask: formAction(askToSpeak, { input, done }),
	withdraw: formAction(withdrawSpeech, { input, done }),
	add: formAction(addSpeaker, { input, done: (list, { values }) => ({ list, added: Number(values.membershipId) }) }),
	remove: formAction(removeSpeaker, { input, done }),
	move: formAction(moveSpeaker, { input, done }),
	start: formAction(startSpeaker, { input, done }),
	stop: formAction(stopSpeaker, { input, done }),
	close: formAction(closeSpeakers, { input, done }),
	time: formAction(setItemTime, { input, done: (list) => ({ list, timeSaved: true }) })
};
