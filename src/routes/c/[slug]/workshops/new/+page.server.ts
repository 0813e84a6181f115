import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { parseForm } from '$lib/server/http/forms';
import { createWorkshop, facilitatorCandidates, themeChoices } from '$lib/server/workshops/workshops';
import { workshopFormSchema } from '$lib/schemas/workshops';
import { refusal } from '../shared.server';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'workshops.manage');
	const year = Number(event.url.searchParams.get('year')) || new Date().getFullYear();
	return { year, themes: themeChoices(council.id, year), people: facilitatorCandidates(council.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const { council, actor } = requireCouncil(event, event.params.slug, 'workshops.manage');
		const form = await parseForm(event.request, workshopFormSchema);
		if (!form.ok) return form.failure;
		let id: number;
		try {
			id = createWorkshop(actor, council.id, form.data).id;
		} catch (e) {
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/workshops/${id}`);
	}
};
