import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { updateWorkshop } from '$lib/server/workshops/actions';
import { facilitatorCandidates, themeChoices, workshopPeople } from '$lib/server/workshops/workshops';
import { workshopContext, workshopOfUrl } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { workshop, council, rights } = workshopContext(event);
	if (!rights.facilitate) error(403, 'forbidden');
	const people = workshopPeople(workshop.id);
	return {
		workshop: { id: workshop.id, title: workshop.title },
		values: { title: workshop.title, year: workshop.year, themeId: workshop.themeId ?? '', mandate: workshop.mandate, facilitatorIds: people.facilitators.map((f) => String(f.id)) },
		themes: themeChoices(council.id, workshop.year),
		people: facilitatorCandidates(council.id),
		canSetFacilitators: rights.manage
	};
};

export const actions: Actions = {
	default: formAction(updateWorkshop, {
		input: workshopOfUrl,
		done: (row, { event }) => redirect(303, `/c/${event.params.slug}/workshops/${row.id}`)
	})
};
