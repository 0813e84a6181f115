import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { updateSession } from '$lib/server/sessions/actions';
import { toParisInput } from '$lib/paris-time';
import { sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { session } = sessionContext(event, 'sessions.manage');
	return {
		values: {
			kind: session.kind,
			title: session.title,
			startsAt: toParisInput(session.startsAt),
			endsAt: toParisInput(session.endsAt),
			place: session.place,
			onlineUrl: session.onlineUrl,
			description: session.description
		},
		editable: session.state !== 'closed' && session.state !== 'minutes_published'
	};
};

export const actions: Actions = {
	default: formAction(updateSession, {
		input: (e) => ({ sessionId: e.params.id }),
		done: (session, { council }) => redirect(303, `/c/${council!.slug}/sessions/${session.id}?saved`)
	})
};
