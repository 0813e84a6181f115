import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf, authorize } from '$lib/server/http/guard';
import { formFailure, parseForm } from '$lib/server/http/forms';
import { createCouncil } from '$lib/server/councils/create';
import { DomainError } from '$lib/server/errors';
import { createCouncilSchema } from '$lib/schemas/councils';
import { domainMessage } from '$lib/i18n/councils';

export const load: PageServerLoad = (event) => {
	authorize(event, actorOf(event.locals), 'councils.create');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		authorize(event, actorOf(event.locals), 'councils.create');
		const form = await parseForm(event.request, createCouncilSchema);
		if (!form.ok) return form.failure;
		let slug: string;
		try {
			slug = createCouncil(form.data, event.locals.user!.id).slug;
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ [e.field]: domainMessage(e.code, e.params) }, form.values);
			throw e;
		}
		redirect(303, `/c/${slug}`);
	}
};
