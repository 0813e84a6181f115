// Request bodies, checked once for every route before any action or endpoint reads them (issue #14):
// - a POST to a page (a form action) must be a form: `application/x-www-form-urlencoded` or
//   `multipart/form-data` (415 otherwise), whose body parses (400 otherwise), naming an action other than the
//   reserved `?/default` (400): SvelteKit itself would answer these with a 500;
// - the body of a route that takes no file is capped at FORM_BODY_SIZE_LIMIT (64 KB by default), by its
//   Content-Length and by reading it: 413. Forms with a long text (LONG_TEXT_ROUTES: 50,000 characters, which
//   percent-encoded can pass 64 KB) get LONG_TEXT_BODY_LIMIT. Routes that take files (FILE_ROUTES) keep
//   adapter-node's BODY_SIZE_LIMIT (12 MB by default), which is global.
// A refusal is an HTML page for a browser, or SvelteKit's action-failure JSON for `use:enhance` requests, so
// that the form shows the message where it shows its other errors (`form.errors.form`).
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { config } from '../config';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** The routes whose forms or bodies carry files. Every other route gets the small limit. */
export const FILE_ROUTES: ReadonlySet<string> = new Set([
	'/c/[slug]/members/import',
	'/c/[slug]/plans/[planId]/import',
	'/c/[slug]/plans/[planId]/import/stream',
	'/c/[slug]/proposals/new',
	'/c/[slug]/proposals/[id]/edit',
	'/c/[slug]/sessions/[id]/agenda'
]);

/**
 * The forms without files whose fields may hold 50,000 characters (a proposal or amendment text, a workshop's
 * proposal, meeting notes). Percent-encoded, a character takes up to 9 bytes: 512 KB covers them.
 */
export const LONG_TEXT_ROUTES: ReadonlySet<string> = new Set(['/c/[slug]/proposals/[id]/amend', '/c/[slug]/workshops/[id]/proposal', '/c/[slug]/workshops/[id]/meetings/[meetingId]']);
export const LONG_TEXT_BODY_LIMIT = 512 * 1024;

/** The most bytes a POST to the route may send (Infinity: adapter-node's BODY_SIZE_LIMIT applies). */
export function bodyLimitFor(routeId: string): number {
	if (FILE_ROUTES.has(routeId)) return Infinity;
	return LONG_TEXT_ROUTES.has(routeId) ? Math.max(LONG_TEXT_BODY_LIMIT, config.formBodySizeLimit) : config.formBodySizeLimit;
}

/** Route ids of the endpoints (+server.ts): a POST to any other route is a form action. */
const ENDPOINTS: ReadonlySet<string> = new Set(Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map((file) => file.slice('/src/routes'.length, -'/+server.ts'.length) || '/'));

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export function isFormContentType(header: string | null): boolean {
	const type = (header ?? '').split(';')[0].trim().toLowerCase();
	return FORM_TYPES.includes(type);
}

/** `?/default` names SvelteKit's reserved action, which it refuses with a thrown error (a 500). */
export function namesReservedDefault(url: URL): boolean {
	for (const [key] of url.searchParams) if (key.startsWith('/')) return key === '/default';
	return false;
}

/** A header value sent percent-encoded (x-file-name): its text, or null when it is not valid percent-encoding. */
export function decodeHeaderText(value: string | null, maxLength = 255): string | null {
	try {
		return decodeURIComponent(value ?? '').slice(0, maxLength);
	} catch {
		return null;
	}
}

class TooLarge extends Error {}

/** Reads the whole body, giving up (TooLarge) as soon as it passes `limit` bytes. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer>> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	if (body) {
		const reader = body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				await reader.cancel().catch(() => {});
				throw new TooLarge();
			}
			chunks.push(value);
		}
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

async function parsesAsForm(request: Request, body: Uint8Array<ArrayBuffer>): Promise<boolean> {
	try {
		await new Request(request.url, { method: 'POST', headers: { 'content-type': request.headers.get('content-type') ?? '' }, body }).formData();
		return true;
	} catch {
		return false;
	}
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The answer to a refused body: the action-failure JSON for `use:enhance`, else a small HTML page. */
export function refuseBody(event: Pick<RequestEvent, 'request'>, status: number, message: string): Response {
	const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		// `data` is devalue's flat encoding of { errors: { form: message } } (what `fail()` would send).
		const data = JSON.stringify([{ errors: 1 }, { form: 2 }, message]);
		return new Response(JSON.stringify({ type: 'failure', status, data }), { status, headers: { ...headers, 'content-type': 'application/json' } });
	}
	const title = escapeHtml(m.common_request_refused_title());
	const page = `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">${escapeHtml(m.common_back_home())}</a></p></main></body></html>`;
	return new Response(page, {
		status,
		headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" }
	});
}

function tooLarge(event: RequestEvent, limit: number): Response {
	const size = new Intl.NumberFormat(getLocale()).format(Math.floor(limit / 1024));
	return refuseBody(event, 413, m.common_request_too_large({ size }));
}

/** The hook: runs after the locale is known (the messages are translated). */
export const handleRequestBody: Handle = async ({ event, resolve }) => {
	if (event.request.method !== 'POST') return resolve(event);
	const routeId = event.route.id ?? '';
	const isAction = !ENDPOINTS.has(routeId);
	const limit = bodyLimitFor(routeId);
	if (isAction) {
		if (namesReservedDefault(event.url)) return refuseBody(event, 400, m.common_request_unknown_action());
		if (!isFormContentType(event.request.headers.get('content-type'))) return refuseBody(event, 415, m.common_request_not_a_form());
	} else if (limit === Infinity) {
		return resolve(event);
	}
	if (Number(event.request.headers.get('content-length') ?? 0) > limit) return tooLarge(event, limit);
	let body: Uint8Array<ArrayBuffer>;
	try {
		body = await readCapped(event.request.body, limit);
	} catch (e) {
		// adapter-node errors the stream with a 413 past BODY_SIZE_LIMIT; anything else is a broken upload.
		if (e instanceof TooLarge || (e as { status?: number }).status === 413) return tooLarge(event, limit === Infinity ? config.bodySizeLimit : limit);
		return refuseBody(event, 400, m.common_request_unreadable());
	}
	if (isAction && !(await parsesAsForm(event.request, body))) return refuseBody(event, 400, m.common_request_unreadable());
	event.request = new Request(event.request, { body });
	return resolve(event);
};
