import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formAction } from '$lib/server/actions/form';
import { createSession } from '$lib/server/sessions/actions';

export const load: PageServerLoad = (event) => {
	requireCouncil(event, event.params.slug, 'sessions.manage');
	return {};
};

export const actions: Actions = {
	default: formAction(createSession, {
		done: (session, { council }) => redirect(303, `/c/${council!.slug}/sessions/${session.id}/agenda`)
	})
};
