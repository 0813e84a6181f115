import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logoutEverywhere } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { listMyCouncils } from '$lib/server/councils/councils';
import { loginUrl } from '$lib/server/http/guard';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	return { councils: listMyCouncils(locals.user.id) };
};

export const actions: Actions = {
	logoutEverywhere: formAction(logoutEverywhere, {
		done: (_, { event }) => {
			clearSessionCookie(event.cookies);
			redirect(303, '/login');
		}
	})
};
