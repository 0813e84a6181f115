// Creating a vote on an agenda item (`?item=<id>`); without an item, the page lists the agenda to pick one.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { createVote } from '$lib/server/sessions/votes';
import { voteFormSchema } from '$lib/schemas/votes';
import { refusal, sessionContext } from '../../../shared.server';
import { proposalsOnItem } from '$lib/server/sessions/vote-decides';
import { councilDefaults, indicatorChoices, themesFor, voteInputOf } from '../vote-form.server';

function itemOf(agenda: { id: number; kind: string; title: string }[], raw: string | null) {
	if (raw === null || raw === '') return null;
	const item = agenda.find((i) => String(i.id) === raw);
	if (!item) error(404, 'not_found');
	return item;
}

export const load: PageServerLoad = (event) => {
	const { council, agenda } = sessionContext(event, 'votes.manage');
	const item = itemOf(agenda, event.url.searchParams.get('item'));
	return {
		council: { id: council.id, slug: council.slug, name: council.name },
		item: item && { id: item.id, kind: item.kind, title: item.title },
		themes: item ? themesFor(council, item) : null,
		indicators: item ? indicatorChoices(council) : [],
		proposals: item ? proposalsOnItem(item.id) : [],
		defaults: item ? councilDefaults(council, item) : {}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { council, session, agenda } = sessionContext(event, 'votes.manage');
		const item = itemOf(agenda, event.url.searchParams.get('item'));
		if (!item) error(404, 'not_found');
		const form = await parseForm(event.request, voteFormSchema);
		if (!form.ok) return form.failure;
		let id: number;
		try {
			id = createVote(event.locals.user!, item.id, voteInputOf(form.data, themesFor(council, item), council)).id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/sessions/${session.id}/votes/${id}?created=1`);
	}
};
