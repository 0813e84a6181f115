import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { findJoinRequest } from '$lib/server/councils/join-requests';
import { formAction } from '$lib/server/actions/form';
import { confirmJoinRequest } from '$lib/server/councils/actions';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.requestJoin');
	const request = findJoinRequest(council.id, event.params.token);
	if (!request) error(404, 'not_found');
	return { request: { name: request.name, email: request.email, state: request.state } };
};

export const actions: Actions = {
	// a button, not the link itself, confirms: mail scanners that open links must not confirm for the person
	default: formAction(confirmJoinRequest, { input: (event) => ({ token: event.params.token }), done: () => ({ confirmed: true }) })
};
