import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { parseForm } from '$lib/server/http/forms';
import { createSession } from '$lib/server/sessions/plenaries';
import { sessionFormSchema } from '$lib/schemas/sessions';
import { refusal } from '../shared.server';

export const load: PageServerLoad = (event) => {
	requireCouncil(event, event.params.slug, 'sessions.manage');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const { council, actor } = requireCouncil(event, event.params.slug, 'sessions.manage');
		const form = await parseForm(event.request, sessionFormSchema);
		if (!form.ok) return form.failure;
		let id: number;
		try {
			id = createSession(actor.user!, council.id, { ...form.data, endsAt: form.data.endsAt ?? null }).id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/sessions/${id}/agenda`);
	}
};
