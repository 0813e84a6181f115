import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formAction } from '$lib/server/actions/form';
import { createPlenary } from '$lib/server/plenaries/actions';

export const load: PageServerLoad = (event) => {
	requireCouncil(event, event.params.slug, 'plenaries.manage');
	return {};
};

export const actions: Actions = {
	default: formAction(createPlenary, {
		done: (plenary, { council }) => redirect(303, `/c/${council!.slug}/sessions/${plenary.id}/agenda`)
	})
};
