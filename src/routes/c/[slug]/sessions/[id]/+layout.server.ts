import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { memberOf } from '$lib/server/plenaries/vote-status';
import { speakersEvent } from '$lib/server/plenaries/speaker-state';
import { plenaryContext } from '../shared.server';
import { liveOf } from './live.server';

export const load: LayoutServerLoad = (event) => {
	event.depends('app:plenary');
	const ctx = plenaryContext(event);
	const { council, actor, plenary, agenda, currentItem } = ctx;
	return {
		/** what the live tabs show, kept current by the room's events (src/lib/live/plenary.svelte.ts) */
		live: liveOf(event, ctx),
		plenary,
		agenda,
		currentItem,
		myMembershipId: actor.user ? memberOf(council.id, actor.user.id) : null,
		// the list of speakers of the current item (its screens then follow it live) and who may ask or run it
		speakers: speakersEvent(plenary.id),
		speakersCan: { ask: can(actor, 'speakers.ask', council), manage: can(actor, 'speakers.manage', council) },
		plenaryCan: {
			manage: can(actor, 'plenaries.manage', council),
			manageVotes: can(actor, 'votes.manage', council),
			attend: can(actor, 'plenaries.attend', council),
			cast: can(actor, 'votes.cast', council)
		}
	};
};
