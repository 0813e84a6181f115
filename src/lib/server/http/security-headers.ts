// Headers every response carries (issue #14). The Content-Security-Policy of pages comes from SvelteKit
// (`kit.csp` in svelte.config.js, with a nonce per page); these are the ones it does not set.
import type { Handle } from '@sveltejs/kit';
import { config } from '../config';

const HSTS = 'max-age=63072000';

/** Adds the headers a response lacks; a route that set its own (a stricter Referrer-Policy, a cache rule) keeps it. */
export function withSecurityHeaders(response: Response, options: { loggedIn: boolean; https: boolean }): Response {
	const wanted: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-frame-options': 'DENY'
	};
	if (options.https) wanted['strict-transport-security'] = HSTS;
	// What a logged-in person sees is theirs: no shared cache, no back-button copy after logging out.
	if (options.loggedIn) wanted['cache-control'] = 'no-store';
	const missing = Object.entries(wanted).filter(([name]) => !response.headers.has(name));
	if (!missing.length) return response;
	try {
		for (const [name, value] of missing) response.headers.set(name, value);
		return response;
	} catch {
		// Some responses (Response.redirect, fetch results) have immutable headers: copy them.
		const copy = new Response(response.body, response);
		for (const [name, value] of missing) copy.headers.set(name, value);
		return copy;
	}
}

export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return withSecurityHeaders(response, { loggedIn: Boolean(event.locals.user), https: config.origin.startsWith('https:') });
};
