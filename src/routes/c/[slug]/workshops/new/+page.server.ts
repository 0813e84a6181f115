import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formAction } from '$lib/server/actions/form';
import { createWorkshop } from '$lib/server/workshops/actions';
import { facilitatorCandidates, themeChoices } from '$lib/server/workshops/workshops';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'workshops.manage');
	const year = Number(event.url.searchParams.get('year')) || new Date().getFullYear();
	return { year, themes: themeChoices(council.id, year), people: facilitatorCandidates(council.id) };
};

export const actions: Actions = {
	default: formAction(createWorkshop, {
		done: (row, { event }) => redirect(303, `/c/${event.params.slug}/workshops/${row.id}`)
	})
};
