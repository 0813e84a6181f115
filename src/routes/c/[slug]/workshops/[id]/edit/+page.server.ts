import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { facilitatorCandidates, themeChoices, updateWorkshop, workshopPeople } from '$lib/server/workshops/workshops';
import { workshopFormSchema } from '$lib/schemas/workshops';
import { refusal, workshopContext } from '../../shared.server';

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
	default: async (event) => {
		const { workshop, council, actor, rights } = workshopContext(event);
		if (!rights.facilitate) error(403, 'forbidden');
		const form = await parseForm(event.request, workshopFormSchema);
		if (!form.ok) return form.failure;
		const facilitatorIds = rights.manage ? form.data.facilitatorIds : workshopPeople(workshop.id).facilitators.map((f) => f.id);
		try {
			updateWorkshop(actor, workshop.id, { ...form.data, facilitatorIds });
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/workshops/${workshop.id}`);
	}
};
