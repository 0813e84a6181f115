import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginSchema, safeRedirect } from '$lib/schemas/auth';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { authenticate } from '$lib/server/auth/users';
import { createSession, generateToken, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { hasDemoData } from '$lib/server/demo/seed';
import { DEMO_LOGINS, DEMO_PASSWORD } from '$lib/server/demo/people';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, redirectTo);
	return {
		redirectTo,
		demo: hasDemoData() ? { password: DEMO_PASSWORD, logins: DEMO_LOGINS.map(({ email, role }) => ({ email, role })) } : null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress }) => {
		const form = await parseForm(request, loginSchema);
		if (!form.ok) return form.failure;
		const { email, password, redirectTo } = form.data;
		const result = await authenticate(email, password, getClientAddress());
		if (!result.ok) {
			const message = result.reason === 'rate_limited' ? m.auth_error_rate_limited({ minutes: String(result.retryAfterMinutes) }) : m.auth_error_invalid();
			return formFailure({ form: message }, form.values, result.reason === 'rate_limited' ? 429 : 400);
		}
		if (locals.session) invalidateSession(locals.session.id);
		const token = generateToken();
		const session = createSession(token, result.user.id);
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, safeRedirect(redirectTo));
	}
};
