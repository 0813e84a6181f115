import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { updatePlenary } from '$lib/server/plenaries/actions';
import { toParisInput } from '$lib/paris-time';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { plenary } = plenaryContext(event, 'plenaries.manage');
	return {
		values: {
			kind: plenary.kind,
			title: plenary.title,
			startsAt: toParisInput(plenary.startsAt),
			endsAt: toParisInput(plenary.endsAt),
			place: plenary.place,
			onlineUrl: plenary.onlineUrl,
			description: plenary.description
		},
		editable: plenary.state !== 'closed' && plenary.state !== 'minutes_published'
	};
};

export const actions: Actions = {
	default: formAction(updatePlenary, {
		input: (e) => ({ plenaryId: e.params.id }),
		done: (plenary, { council }) => redirect(303, `/c/${council!.slug}/sessions/${plenary.id}?saved`)
	})
};
