// Creating a vote on an agenda item (`?item=<id>`); without an item, the page lists the agenda to pick one.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { createVote } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../../shared.server';
import { councilDefaults, indicatorChoices, themesFor } from '$lib/server/plenaries/vote-form';
import { proposalsOnItem } from '$lib/server/plenaries/vote-decides';

function itemOf(agenda: { id: number; kind: string; title: string }[], raw: string | null) {
	if (raw === null || raw === '') return null;
	const item = agenda.find((i) => String(i.id) === raw);
	if (!item) error(404, 'not_found');
	return item;
}

export const load: PageServerLoad = (event) => {
	const { council, agenda } = plenaryContext(event, 'votes.manage');
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
	default: formAction(createVote, {
		input: (e) => ({ plenaryId: e.params.id, itemId: e.url.searchParams.get('item') ?? '' }),
		done: (id, { council, event }) => redirect(303, `/c/${council!.slug}/sessions/${event.params.id}/votes/${id}?created=1`)
	})
};
