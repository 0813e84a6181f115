// Shared by every plenary-session page and endpoint: the session named in the URL (checked for the visitor),
// the vote named in the URL, and service refusals turned into form errors next to the right field.
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireCouncil, authorize } from '$lib/server/http/guard';
import type { Action } from '$lib/server/auth/permissions';
import { formFailure } from '$lib/server/http/forms';
import { getSession } from '$lib/server/sessions/plenaries';
import { sessionVisibleTo } from '$lib/server/sessions/visibility';
import { getVote } from '$lib/server/sessions/votes';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

/** The council and the session of the URL, after checking `action` (default: reading sessions); 404 when absent. */
export function sessionContext(event: Event, action: Action = 'sessions.read') {
	const { council, actor } = requireCouncil(event, event.params.slug!, 'sessions.read');
	if (action !== 'sessions.read') authorize(event, actor, action, council);
	const detail = getSession(parseId(event.params.id));
	if (!detail || detail.session.councilId !== council.id || !sessionVisibleTo(actor, council, detail.session)) error(404, 'not_found');
	return { council, actor, ...detail };
}

/** The session context plus the vote of the URL (`params.voteId`), which must belong to that session. */
export function voteContext(event: Event, action: Action = 'sessions.read') {
	const ctx = sessionContext(event, action);
	const vote = getVote(parseId(event.params.voteId));
	if (!vote || vote.sessionId !== ctx.session.id) error(404, 'not_found');
	return { ...ctx, vote };
}

const STATUS: Record<string, number> = { sessions_error_forbidden: 403, sessions_error_not_found: 404 };

/** A refusal from a service → 4xx with the message next to its field (or at the top of the form). */
export function refusal(e: unknown, values: Record<string, unknown> = {}) {
	if (!(e instanceof DomainError)) throw e;
	const message = t(e.code, Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, String(v)])));
	return formFailure({ [e.field]: message }, values, STATUS[e.code] ?? 400);
}
