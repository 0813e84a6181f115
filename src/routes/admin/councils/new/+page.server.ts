import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf, authorize } from '$lib/server/http/guard';
import { createCouncil } from '$lib/server/councils/actions';
import { formAction } from '$lib/server/actions/form';

export const load: PageServerLoad = (event) => {
	authorize(event, actorOf(event.locals), 'councils.create');
	return {};
};

export const actions: Actions = {
	default: formAction(createCouncil, { done: (council) => redirect(303, `/c/${council.slug}`) })
};
