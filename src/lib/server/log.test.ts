// The logs never hold a password, a token or a cookie: neither through `log` nor in the request log line.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));

// `log` is built at import time: give the real pino options a buffer as destination, at the most verbose level.
vi.mock('pino', async (importOriginal) => {
	const real = await importOriginal<typeof import('pino')>();
	const buffer = { write: (line: string) => void lines.push(line) };
	const pino = ((options: import('pino').LoggerOptions) => real.pino({ ...options, level: 'trace' }, buffer)) as unknown as typeof real.pino;
	return { ...real, pino, default: pino };
});

const { log, loggablePath } = await import('./log');
const { handle } = await import('../../hooks.server');
// SvelteKit's internal request store (its package exports it, without type declarations).
const kitInternal = '@sveltejs/kit/internal/server';
const { with_request_store } = (await import(/* @vite-ignore */ kitInternal)) as { with_request_store: <T>(store: unknown, fn: () => T) => T };
const { useTestDatabase } = await import('./db/client');
const { createUser } = await import('./auth/users');
const { createSession, generateToken, SESSION_COOKIE } = await import('./auth/session');

const SECRETS = ['hunter2-password', 'tok-123456', 'cookie-abcdef', 'bearer-xyz', 'hash-argon', 'confirm-pw', 'set-cookie-val', 'api-secret'];

function logged(): string {
	return lines.join('');
}

beforeEach(() => {
	lines.length = 0;
});

describe('log redaction', () => {
	it('redacts passwords, tokens and cookies at the top level and nested', () => {
		log.info({ password: SECRETS[0], token: SECRETS[1], cookie: SECRETS[2], authorization: SECRETS[3], email: 'a@example.org' }, 'top');
		log.warn({ user: { password: SECRETS[0], passwordHash: SECRETS[4], confirm: SECRETS[5] }, session: { token: SECRETS[1] } }, 'nested');
		log.error({ req: { headers: { cookie: SECRETS[2], authorization: SECRETS[3], 'set-cookie': SECRETS[6] } }, form: { values: { password: SECRETS[0] } } }, 'deep');
		log.debug({ 'set-cookie': SECRETS[6], secret: SECRETS[7], invitation: { tokenHash: SECRETS[1] } }, 'more');
		const text = logged();
		expect(lines).toHaveLength(4);
		for (const secret of SECRETS) expect(text).not.toContain(secret);
		expect(text.match(/\[redacted\]/g)?.length).toBe(15);
		// What is not secret stays readable.
		expect(JSON.parse(lines[0])).toMatchObject({ email: 'a@example.org', msg: 'top', password: '[redacted]' });
	});

	it('masks route parameters that hold a token in a logged path', () => {
		expect(loggablePath('/setup/abc234def', { token: 'abc234def' })).toBe('/setup/[redacted]');
		expect(loggablePath('/invite/xyz/accept', { inviteToken: 'xyz' })).toBe('/invite/[redacted]/accept');
		expect(loggablePath('/c/ess-demo/members', { slug: 'ess-demo' })).toBe('/c/ess-demo/members');
	});
});

describe('request log line (hooks.server.ts)', () => {
	function fakeEvent(url: string, headers: Record<string, string>, params: Record<string, string>, routeId: string): RequestEvent {
		const request = new Request(url, { headers });
		const jar = new Map<string, string>();
		for (const part of (headers.cookie ?? '').split(';')) {
			const [name, ...value] = part.trim().split('=');
			if (name) jar.set(name, value.join('='));
		}
		const cookies = {
			get: (name: string) => jar.get(name),
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			set: (name: string, value: string) => void jar.set(name, value),
			delete: (name: string) => void jar.delete(name),
			serialize: () => ''
		};
		return {
			request,
			url: new URL(url),
			params,
			route: { id: routeId },
			locals: {},
			cookies,
			getClientAddress: () => '127.0.0.1',
			setHeaders: () => {},
			isDataRequest: false,
			isSubRequest: false,
			isRemoteRequest: false,
			platform: undefined,
			fetch
		} as unknown as RequestEvent;
	}

	it('logs method, masked path, status, duration and user id, and no header value', async () => {
		useTestDatabase();
		const user = await createUser({ email: 'karim@example.org', name: 'Karim' });
		const sessionToken = generateToken();
		createSession(sessionToken, user.id);
		const setupToken = generateToken();
		const headers = {
			cookie: `${SESSION_COOKIE}=${sessionToken}; other=${SECRETS[2]}`,
			authorization: `Bearer ${SECRETS[3]}`,
			'x-api-key': SECRETS[7],
			'user-agent': 'agent-value-1',
			referer: `https://elsewhere.example/?t=${SECRETS[1]}`,
			'x-forwarded-for': '203.0.113.9'
		};
		const event = fakeEvent(`http://localhost/setup/${setupToken}?code=${SECRETS[0]}`, headers, { token: setupToken }, '/setup/[token]');
		// sequence() reads SvelteKit's per-request store, as the server sets it up for every request.
		const state = { tracing: { record_span: ({ fn }: { fn: (span: unknown) => unknown }) => fn({}) } };
		const response = await with_request_store({ event, state }, () => handle({ event, resolve: async () => new Response('<html lang="%lang%"></html>', { status: 200 }) }));
		expect(response.status).toBe(200);

		const requestLines = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
		expect(requestLines).toHaveLength(1);
		const line = requestLines[0];
		expect(line).toMatchObject({ method: 'GET', path: '/setup/[redacted]', status: 200, userId: user.id });
		expect(typeof line.ms).toBe('number');
		expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);

		const text = logged();
		for (const value of [...Object.values(headers), sessionToken, setupToken, SECRETS[0], SECRETS[1]]) expect(text).not.toContain(value);
	});
});
