import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { cookieName, cookieMaxAge } from '$lib/paraglide/runtime';
import { safeRedirect } from '$lib/schemas/auth';

const schema = z.object({ locale: z.enum(['fr', 'en']), redirectTo: z.string().default('/') });

/** The language switcher: remembers the choice in a cookie and goes back to the page. */
export const POST: RequestHandler = async ({ request, cookies }) => {
	// A body that is not a form (or is broken) switches nothing and goes home, rather than failing.
	const form = await request.formData().then(Object.fromEntries, () => ({}));
	const parsed = schema.safeParse(form);
	const target = safeRedirect(parsed.success ? parsed.data.redirectTo : null);
	if (parsed.success) cookies.set(cookieName, parsed.data.locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
	redirect(303, target);
};
