import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { cookieName, cookieMaxAge } from '$lib/paraglide/runtime';
import { switchLocale } from '$lib/server/auth/actions';
import { execute } from '$lib/server/actions/execute';
import { formInput } from '$lib/server/actions/form';
import { actorOf } from '$lib/server/http/guard';

/** The language switcher: runs the declared action, remembers the choice in a cookie and goes back to the page. */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
	// A body that is not a form (or is broken) switches nothing and goes home, rather than failing.
	const input = await request.formData().then(formInput, () => ({}));
	const result = await execute(actorOf(locals), null, switchLocale, input);
	if (!result.ok) redirect(303, '/');
	cookies.set(cookieName, result.data.locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
	redirect(303, result.data.redirectTo);
};
