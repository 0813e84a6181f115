import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalidateAllSessions } from '$lib/server/auth/session';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { listMyCouncils } from '$lib/server/councils/councils';
import { loginUrl } from '$lib/server/http/guard';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	return { councils: listMyCouncils(locals.user.id) };
};

export const actions: Actions = {
	logoutEverywhere: ({ locals, cookies, url }) => {
		if (!locals.user) redirect(303, loginUrl(url));
		invalidateAllSessions(locals.user.id);
		clearSessionCookie(cookies);
		redirect(303, '/login');
	}
};
