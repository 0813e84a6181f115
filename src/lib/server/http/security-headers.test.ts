import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './security-headers';

describe('withSecurityHeaders', () => {
	it('adds nosniff, the referrer policy and frame denial to every response', () => {
		const h = withSecurityHeaders(new Response('x'), { loggedIn: false, https: false }).headers;
		expect(h.get('x-content-type-options')).toBe('nosniff');
		expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(h.get('x-frame-options')).toBe('DENY');
		expect(h.get('strict-transport-security')).toBeNull();
		expect(h.get('cache-control')).toBeNull();
	});

	it('forbids caching what a logged-in person sees, and sends HSTS when the site is https', () => {
		const h = withSecurityHeaders(new Response('x'), { loggedIn: true, https: true }).headers;
		expect(h.get('cache-control')).toBe('no-store');
		expect(h.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
	});

	it('keeps what a route set itself, and copies immutable headers', () => {
		const own = new Response('x', { headers: { 'referrer-policy': 'same-origin', 'cache-control': 'private, max-age=60' } });
		const h = withSecurityHeaders(own, { loggedIn: true, https: false }).headers;
		expect(h.get('referrer-policy')).toBe('same-origin');
		expect(h.get('cache-control')).toBe('private, max-age=60');
		const redirect = withSecurityHeaders(Response.redirect('http://localhost/a', 303), { loggedIn: true, https: false });
		expect(redirect.status).toBe(303);
		expect(redirect.headers.get('location')).toBe('http://localhost/a');
		expect(redirect.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
