import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { requireCouncil } from '$lib/server/http/guard';
import { formFailure } from '$lib/server/http/forms';
import { confirmJoinRequest, findJoinRequest } from '$lib/server/councils/join-requests';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.requestJoin');
	const request = findJoinRequest(council.id, event.params.token);
	if (!request) error(404, 'not_found');
	return { request: { name: request.name, email: request.email, state: request.state } };
};

export const actions: Actions = {
	// a button, not the link itself, confirms: mail scanners that open links must not confirm for the person
	default: (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.requestJoin');
		try {
			confirmJoinRequest(council.id, event.params.token);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ form: t(e.code, e.params) });
			throw e;
		}
		return { confirmed: true };
	}
};
