import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logoutEverywhere, resendVerification } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { listMyCouncils } from '$lib/server/councils/councils';
import { loginUrl } from '$lib/server/http/guard';
import { isEmailVerified } from '$lib/server/auth/email-verification';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	return { councils: listMyCouncils(locals.user.id), email: locals.user.email, emailVerified: isEmailVerified(locals.user.id) };
};

export const actions: Actions = {
	resendVerification: formAction(resendVerification, { field: 'verify', done: () => ({ verificationSent: true as const }) }),
	logoutEverywhere: formAction(logoutEverywhere, {
		done: (_, { event }) => {
			clearSessionCookie(event.cookies);
			redirect(303, '/login');
		}
	})
};
