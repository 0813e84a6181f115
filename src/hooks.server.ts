import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { clearSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { startServer } from '$lib/server/startup';
import { log, loggablePath } from '$lib/server/log';
import { apiError } from '$lib/server/http/api';
import { handleRequestBody } from '$lib/server/http/request-body';
import { handleSecurityHeaders } from '$lib/server/http/security-headers';
import { m } from '$lib/paraglide/messages';
import '$lib/schemas/zod-i18n';

export const init: ServerInit = async () => {
	await startServer();
};

const handleRequestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = event.request.headers.get('x-request-id')?.slice(0, 64) || crypto.randomUUID();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	log.info(
		{
			reqId: event.locals.requestId,
			method: event.request.method,
			path: loggablePath(event.url.pathname, event.params),
			status: response.status,
			ms: Math.round(performance.now() - started),
			userId: event.locals.user?.id
		},
		'request'
	);
	return response;
};

const handleI18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});

const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = validateSessionToken(token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, token, result.session.expiresAt);
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};

/** Under /api/v1, an unknown address or method still answers with the JSON error shape, not an HTML page. */
const handleApiErrors: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!event.url.pathname.startsWith('/api/v1') || (response.headers.get('content-type') ?? '').includes('json')) return response;
	if (response.status === 404) return apiError(404, 'not_found', m.common_api_not_found());
	if (response.status === 405) {
		const answer = apiError(405, 'method_not_allowed', m.common_api_method_not_allowed());
		const allow = response.headers.get('allow');
		if (allow) answer.headers.set('allow', allow);
		return answer;
	}
	return response;
};

// handleRequestBody comes after handleI18n so that its refusals are in the visitor's language.
export const handle = sequence(handleRequestLog, handleSecurityHeaders, handleSession, handleI18n, handleRequestBody, handleApiErrors);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) log.error({ reqId: event.locals.requestId, err: error, path: loggablePath(event.url.pathname, event.params) }, 'unhandled error');
	return { message: status === 404 ? 'not_found' : 'server_error', requestId: event.locals.requestId };
};
