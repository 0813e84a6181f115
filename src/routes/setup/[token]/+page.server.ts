import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isSetupTokenValid } from '$lib/server/auth/bootstrap';
import { completeSetup } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { setSessionCookie } from '$lib/server/auth/cookies';

export const load: PageServerLoad = ({ params }) => {
	if (!isSetupTokenValid(params.token)) error(404, 'not_found');
	return {};
};

export const actions: Actions = {
	default: formAction(completeSetup, {
		input: (event) => ({ token: event.params.token }),
		done: (session, { event }) => {
			setSessionCookie(event.cookies, session.sessionToken, session.expiresAt);
			redirect(303, '/admin');
		}
	})
};
