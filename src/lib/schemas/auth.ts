import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { email, text } from './common';

export const PASSWORD_MIN = 12;

/** A new password: long enough, and not only spaces (twelve spaces would pass a bare length check). */
export const password = () =>
	z
		.string()
		.min(PASSWORD_MIN, { error: () => m.auth_v_password_length({ min: String(PASSWORD_MIN) }) })
		.max(200)
		.refine((v) => /\S/.test(v), { error: () => m.auth_v_password_blank() });

export const loginSchema = z.object({
	email: email(),
	password: z.string().min(1),
	redirectTo: z.string().default('/')
});

/** The language switcher (the form in the layout's header): the chosen language and the page to go back to. */
export const localeSchema = z.object({ locale: z.enum(['fr', 'en']), redirectTo: z.string().default('/') });

/** A new account: setup of the first admin, or accepting an invitation. */
export const newAccountSchema = z
	.object({
		name: text(120),
		email: email(),
		password: password(),
		confirm: z.string()
	})
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: () => m.auth_v_password_mismatch() });

/**
 * Only paths on this site: never an open redirect. Browsers drop tabs and newlines from URLs and read "\\" as
 * "/", so "/\t/evil.example" or "/\\evil.example" would leave the site: any backslash or control character is refused.
 * The path comes back percent-encoded (as the URL parser writes it), so that a character above U+00FF can go into
 * a Location header (a raw "€" there makes the response throw).
 */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(target)) return fallback;
	const base = 'http://cocon.invalid';
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base) return fallback;
	return url.pathname + url.search + url.hash;
}
