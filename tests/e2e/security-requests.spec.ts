// Issue #14's holes around the requests themselves: every one of these answered 500 before (or let another
// site in). Same-origin requests, as a page of the site would send them.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, login } from './fixtures';

const post = (request: APIRequestContext, path: string, baseURL: string, headers: Record<string, string>, data: string | Buffer) =>
	request.post(path, { headers: { origin: baseURL, ...headers }, data, maxRedirects: 0 });

test('a form action answers 4xx with a message to bodies that are not forms, broken, too large, or ?/default', async ({ request, baseURL }) => {
	const base = baseURL!;
	const plain = await post(request, '/login', base, { 'content-type': 'text/plain' }, 'email=a@example.org&password=x');
	expect(plain.status()).toBe(415);
	expect(await plain.text()).toContain('formulaires envoyés depuis le site');

	const none = await request.post('/login', { headers: { origin: base }, data: Buffer.from('email=a'), maxRedirects: 0 });
	expect(none.status()).toBe(415);

	const broken = await post(request, '/login', base, { 'content-type': 'multipart/form-data; boundary=zz' }, '--zz\r\nContent-Disposition: form-da');
	expect(broken.status()).toBe(400);
	expect(await broken.text()).toContain('n’a pas pu être lu');

	const reserved = await post(request, '/login?/default', base, { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a@example.org&password=x');
	expect(reserved.status()).toBe(400);

	const big = await post(request, '/login', base, { 'content-type': 'application/x-www-form-urlencoded' }, `email=${'a'.repeat(70_000)}`);
	expect(big.status()).toBe(413);
	expect(await big.text()).toMatch(/64\s?Ko au plus/);

	// use:enhance gets the action-failure JSON, which the form shows like its other errors
	const enhanced = await post(request, '/login', base, { 'content-type': 'text/plain', 'x-sveltekit-action': 'true', accept: 'application/json' }, 'x');
	expect(enhanced.status()).toBe(415);
	expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 415 });

	// an ordinary login form still works
	const ok = await post(
		request,
		'/login',
		base,
		{ 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		new URLSearchParams({ email: DEMO.member, password: 'wrong' }).toString()
	);
	expect(ok.status()).toBe(400);
	expect(await ok.text()).toContain('Adresse e-mail ou mot de passe incorrect');
});

test('redirect targets with characters above U+00FF are encoded, not a 500', async ({ page, baseURL }) => {
	const locale = await post(page.request, '/locale', baseURL!, { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ locale: 'fr', redirectTo: '/€' }).toString());
	expect(locale.status()).toBe(303);
	expect(locale.headers()['location']).toBe('/%E2%82%AC');
	const notAForm = await post(page.request, '/locale', baseURL!, { 'content-type': 'text/plain' }, 'locale=en');
	expect(notAForm.status()).toBe(303);

	await login(page, DEMO.member);
	const logged = await page.request.get('/login?redirectTo=%2F%E2%82%AC', { maxRedirects: 0 });
	expect(logged.status()).toBe(303);
	expect(logged.headers()['location']).toBe('/%E2%82%AC');
});

test('a badly encoded x-file-name on the measurement import stream answers 400 with a message', async ({ page, baseURL }) => {
	await login(page, DEMO.evaluator);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	const stream = `${new URL(page.url()).pathname}/import/stream`;
	const response = await post(page.request, stream, baseURL!, { 'content-type': 'text/csv', 'x-file-name': '%E0%A4%A' }, 'indicateur;date;valeur\n');
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('x-file-name');
});

test('pages carry the security headers and a CSP the app passes: early-input script, socket and styles', async ({ page, request }) => {
	const anonymous = await request.get('/login');
	const headers = anonymous.headers();
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toContain("img-src 'self' data:");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['cache-control'] ?? '').not.toContain('no-store');

	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await login(page, DEMO.member);
	const home = await page.goto(DEMO_COUNCIL);
	expect(home?.headers()['cache-control']).toBe('no-store');
	// the inline script of app.html ran (it carries the page's nonce)
	expect(await page.evaluate(() => typeof (window as unknown as { __coconEarlyInput?: unknown }).__coconEarlyInput)).toBe('object');
	// the realtime connection is up, over a WebSocket to the same origin
	await page.goto(`${DEMO_COUNCIL}/proposals`, { waitUntil: 'networkidle' });
	await expect.poll(async () => violations).toEqual([]);
	expect(violations).toEqual([]);
});

test('the socket.io handshake refuses another origin and accepts the site or no Origin', async ({ request, baseURL }) => {
	const handshake = (origin?: string) => request.get('/socket.io/?EIO=4&transport=polling', { headers: origin ? { origin } : {} });
	expect((await handshake('https://evil.example')).status()).toBe(403);
	expect((await handshake(baseURL)).status()).toBe(200);
	expect((await handshake()).status()).toBe(200);
});
