import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalidateAllSessions } from '$lib/server/auth/session';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { listMyCouncils } from '$lib/server/councils/councils';
import { loginUrl } from '$lib/server/http/guard';
import { isEmailVerified, resendEmailVerification } from '$lib/server/auth/email-verification';
import { formFailure } from '$lib/server/http/forms';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	return { councils: listMyCouncils(locals.user.id), email: locals.user.email, emailVerified: isEmailVerified(locals.user.id) };
};

export const actions: Actions = {
	resendVerification: ({ locals, url }) => {
		if (!locals.user) redirect(303, loginUrl(url));
		try {
			resendEmailVerification(locals.user.id);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ verify: t(e.code, e.params) });
			throw e;
		}
		return { verificationSent: true as const };
	},
	logoutEverywhere: ({ locals, cookies, url }) => {
		if (!locals.user) redirect(303, loginUrl(url));
		invalidateAllSessions(locals.user.id);
		clearSessionCookie(cookies);
		redirect(303, '/login');
	}
};
