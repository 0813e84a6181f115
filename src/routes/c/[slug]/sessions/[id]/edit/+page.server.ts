import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { updateSession } from '$lib/server/sessions/plenaries';
import { sessionFormSchema } from '$lib/schemas/sessions';
import { toParisInput } from '$lib/paris-time';
import { refusal, sessionContext } from '../../shared.server';

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
	default: async (event) => {
		const { council, actor, session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, sessionFormSchema);
		if (!form.ok) return form.failure;
		try {
			updateSession(actor.user!, session.id, { ...form.data, endsAt: form.data.endsAt ?? null });
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/sessions/${session.id}?saved`);
	}
};
