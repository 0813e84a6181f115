import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { memberOf } from '$lib/server/sessions/vote-status';
import { speakersEvent } from '$lib/server/sessions/speaker-state';
import { sessionContext } from '../shared.server';
import { liveOf } from './live.server';

export const load: LayoutServerLoad = (event) => {
	event.depends('app:session');
	const ctx = sessionContext(event);
	const { council, actor, session, agenda, currentItem } = ctx;
	return {
		/** what the live tabs show, kept current by the room's events (src/lib/live/plenary.svelte.ts) */
		live: liveOf(event, ctx),
		session,
		agenda,
		currentItem,
		myMembershipId: actor.user ? memberOf(council.id, actor.user.id) : null,
		// the list of speakers of the current item (its screens then follow it live) and who may ask or run it
		speakers: speakersEvent(session.id),
		speakersCan: { ask: can(actor, 'speakers.ask', council), manage: can(actor, 'speakers.manage', council) },
		sessionCan: {
			manage: can(actor, 'sessions.manage', council),
			manageVotes: can(actor, 'votes.manage', council),
			attend: can(actor, 'sessions.attend', council),
			cast: can(actor, 'votes.cast', council)
		}
	};
};
