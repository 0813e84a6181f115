import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { newAccountSchema } from '$lib/schemas/auth';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { completeSetup, isSetupTokenValid } from '$lib/server/auth/bootstrap';
import { createSession, generateToken } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ params }) => {
	if (!isSetupTokenValid(params.token)) error(404, 'not_found');
	return {};
};

export const actions: Actions = {
	default: async ({ request, params, cookies }) => {
		const form = await parseForm(request, newAccountSchema);
		if (!form.ok) return form.failure;
		const result = await completeSetup(params.token, form.data);
		if (!result.ok) return formFailure(result.reason === 'email_taken' ? { email: m.auth_error_email_taken() } : { form: m.auth_error_setup_used() }, form.values);
		const token = generateToken();
		const session = createSession(token, result.userId);
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, '/admin');
	}
};
