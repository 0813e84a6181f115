import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeRedirect } from '$lib/schemas/auth';
import { login } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { hasDemoData } from '$lib/server/demo/seed';
import { DEMO_LOGINS, DEMO_PASSWORD } from '$lib/server/demo/people';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return {
		redirectTo,
		demo: hasDemoData() ? { password: DEMO_PASSWORD, logins: DEMO_LOGINS.map(({ email, role }) => ({ email, role })) } : null
	};
};

export const actions: Actions = {
	default: formAction(login, {
		request: (event) => ({ address: event.getClientAddress(), sessionId: event.locals.session?.id ?? null }),
		done: (session, { event }) => {
			setSessionCookie(event.cookies, session.sessionToken, session.expiresAt);
			redirect(303, session.redirectTo);
		}
	})
};
