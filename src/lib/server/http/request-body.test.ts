import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { bodyLimitFor, decodeHeaderText, FILE_ROUTES, handleRequestBody, LONG_TEXT_BODY_LIMIT, LONG_TEXT_ROUTES, isFormContentType, namesReservedDefault, readCapped } from './request-body';
import { config } from '../config';

type Seen = { request?: Request };

/** Runs the hook the way SvelteKit does; `resolve` records the request the route would get and answers 200. */
async function run(routeId: string | null, init: RequestInit & { url?: string }, seen: Seen = {}): Promise<Response> {
	const url = new URL(init.url ?? 'http://localhost/login');
	const request = new Request(url, { method: 'POST', ...init });
	const event = { request, url, route: { id: routeId } } as unknown as RequestEvent;
	return handleRequestBody({
		event,
		resolve: async (e) => {
			seen.request = e.request;
			return new Response('ok');
		}
	}) as Promise<Response>;
}

const form = (fields: Record<string, string>) => ({ body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('handleRequestBody: form actions', () => {
	it('lets an ordinary form through, with a body the action can still read', async () => {
		const seen: Seen = {};
		const response = await run('/login', form({ email: 'a@example.org', password: 'x' }), seen);
		expect(response.status).toBe(200);
		expect(Object.fromEntries(await seen.request!.formData())).toEqual({ email: 'a@example.org', password: 'x' });
	});

	it('answers 415 with a message, not a 500, to a body that is not a form', async () => {
		for (const headers of [{ 'content-type': 'text/plain' }, {}, { 'content-type': 'application/json' }] as Record<string, string>[]) {
			const response = await run('/login', { body: 'email=a', headers });
			expect(response.status).toBe(415);
			expect(response.headers.get('content-type')).toContain('text/html');
			expect(await response.text()).toMatch(/formulaire|form/i);
		}
	});

	it('answers 400 to a broken multipart body', async () => {
		const response = await run('/c/[slug]/proposals/new', { body: '--x\r\ngarbage', headers: { 'content-type': 'multipart/form-data; boundary=zz' }, url: 'http://localhost/c/demo/proposals/new' });
		expect(response.status).toBe(400);
		const noBoundary = await run('/c/[slug]/settings', { body: 'a', headers: { 'content-type': 'multipart/form-data' } });
		expect(noBoundary.status).toBe(400);
	});

	it('answers 400 to ?/default, the reserved action name', async () => {
		const response = await run('/login', { ...form({ a: '1' }), url: 'http://localhost/login?/default' });
		expect(response.status).toBe(400);
		expect((await run('/c/[slug]/proposals/[id]', { ...form({ a: '1' }), url: 'http://localhost/c/x/proposals/1?/comment' })).status).toBe(200);
	});

	it('answers the action-failure JSON to use:enhance, so the form shows the message', async () => {
		const response = await run('/login', { body: 'x', headers: { 'content-type': 'text/plain', 'x-sveltekit-action': 'true' } });
		expect(response.status).toBe(415);
		const result = (await response.json()) as { type: string; status: number; data: string };
		expect(result).toMatchObject({ type: 'failure', status: 415 });
		// devalue's encoding of { errors: { form: message } }
		const [root, errors, message] = JSON.parse(result.data) as [Record<string, number>, Record<string, number>, string];
		expect(root).toEqual({ errors: 1 });
		expect(errors).toEqual({ form: 2 });
		expect(message).toMatch(/formulaire|form/i);
	});

	it(`caps a form that takes no file at ${config.formBodySizeLimit} bytes, by Content-Length and by what is read`, async () => {
		const big = 'x'.repeat(config.formBodySizeLimit + 10);
		const declared = await run('/login', form({ text: big }));
		expect(declared.status).toBe(413);
		// a body sent without Content-Length (chunked) is cut while it is read
		const stream = new ReadableStream({
			start(c) {
				c.enqueue(new TextEncoder().encode(`text=${big}`));
				c.close();
			}
		});
		const chunked = await run('/login', { body: stream, headers: { 'content-type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit);
		expect(chunked.status).toBe(413);
		expect(await chunked.text()).toMatch(/Ko|KB/);
	});

	it('lets a 50,000-character text through on the forms that hold one, even percent-encoded', async () => {
		expect(bodyLimitFor('/c/[slug]/proposals/[id]/amend')).toBe(LONG_TEXT_BODY_LIMIT);
		const body = 'é€'.repeat(25_000);
		const response = await run('/c/[slug]/proposals/[id]/amend', { ...form({ body }), url: 'http://localhost/c/x/proposals/1/amend' });
		expect(response.status).toBe(200);
		expect((await run('/login', form({ body }))).status).toBe(413);
	});

	it('leaves the large limit to the routes that take files', async () => {
		expect(FILE_ROUTES.has('/c/[slug]/proposals/new')).toBe(true);
		const fd = new FormData();
		fd.set('file', new File(['x'.repeat(config.formBodySizeLimit * 2)], 'a.pdf', { type: 'application/pdf' }));
		const seen: Seen = {};
		const response = await run('/c/[slug]/proposals/new', { body: fd, url: 'http://localhost/c/demo/proposals/new' }, seen);
		expect(response.status).toBe(200);
		expect(((await seen.request!.formData()).get('file') as File).size).toBe(config.formBodySizeLimit * 2);
	});
});

describe('handleRequestBody: endpoints', () => {
	it('caps a small endpoint (the language switch) but does not require a form there', async () => {
		expect((await run('/locale', { body: 'x'.repeat(config.formBodySizeLimit + 1), headers: { 'content-type': 'text/plain' } })).status).toBe(413);
		expect((await run('/locale', { body: 'locale=en', headers: { 'content-type': 'text/plain' } })).status).toBe(200);
	});

	it('passes the CSV import stream through untouched', async () => {
		const seen: Seen = {};
		const csv = 'a;b\n'.repeat(config.formBodySizeLimit);
		const response = await run('/c/[slug]/plans/[planId]/import/stream', { body: csv, headers: { 'content-type': 'text/csv' } }, seen);
		expect(response.status).toBe(200);
		expect(await seen.request!.text()).toBe(csv);
	});

	it('does not touch other methods', async () => {
		const seen: Seen = {};
		const url = new URL('http://localhost/login');
		const request = new Request(url);
		await handleRequestBody({ event: { request, url, route: { id: '/login' } } as unknown as RequestEvent, resolve: async (e) => ((seen.request = e.request), new Response('ok')) });
		expect(seen.request).toBe(request);
	});
});

describe('helpers', () => {
	it('recognises form content types with their parameters', () => {
		expect(isFormContentType('application/x-www-form-urlencoded;charset=UTF-8')).toBe(true);
		expect(isFormContentType('Multipart/Form-Data; boundary=x')).toBe(true);
		expect(isFormContentType('text/plain')).toBe(false);
		expect(isFormContentType(null)).toBe(false);
	});

	it('finds the reserved ?/default action name', () => {
		expect(namesReservedDefault(new URL('http://x/a?/default'))).toBe(true);
		expect(namesReservedDefault(new URL('http://x/a?/save&/default'))).toBe(false);
		expect(namesReservedDefault(new URL('http://x/a?page=2'))).toBe(false);
	});

	it('reads a body up to its cap', async () => {
		const body = () => new Response('abcdef').body;
		expect(new TextDecoder().decode(await readCapped(body(), 6))).toBe('abcdef');
		await expect(readCapped(body(), 5)).rejects.toThrow();
		expect((await readCapped(null, 5)).byteLength).toBe(0);
	});

	it('decodes a percent-encoded header, or says it cannot (x-file-name)', () => {
		expect(decodeHeaderText('mesures%20%E2%82%AC.csv')).toBe('mesures €.csv');
		expect(decodeHeaderText(null)).toBe('');
		expect(decodeHeaderText('%E0%A4%A')).toBeNull();
		expect(decodeHeaderText('%')).toBeNull();
	});
});

describe('the route lists', () => {
	const routeDir = (id: string) => path.join('src/routes', id);
	it('name routes that exist', () => {
		for (const id of [...FILE_ROUTES, ...LONG_TEXT_ROUTES]) expect(fs.existsSync(routeDir(id)), id).toBe(true);
	});

	it('include every page whose form sends files', () => {
		const pages = (fs.readdirSync('src/routes', { recursive: true }) as string[])
			.filter((file) => file.endsWith('+page.svelte'))
			.map((file) => path.join('src/routes', file))
			.filter((file) => fs.readFileSync(file, 'utf8').includes('multipart/form-data'));
		expect(pages.length).toBeGreaterThan(0);
		for (const file of pages) expect(FILE_ROUTES, file).toContain(path.dirname(file).slice('src/routes'.length));
	});
});
