import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logout } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { clearSessionCookie } from '$lib/server/auth/cookies';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: formAction(logout, {
		request: (event) => ({ sessionId: event.locals.session?.id ?? null }),
		done: (_, { event }) => {
			clearSessionCookie(event.cookies);
			redirect(303, '/');
		}
	})
};
