// Shared by every plenary-session page and endpoint, for reading: the session named in the URL (checked for the
// visitor) and the vote named in the URL. Changes go through the declared actions (src/lib/server/sessions/actions).
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireCouncil, authorize } from '$lib/server/http/guard';
import type { Action } from '$lib/server/auth/permissions';
import { getSession } from '$lib/server/sessions/plenaries';
import { sessionVisibleTo } from '$lib/server/sessions/visibility';
import { getVote } from '$lib/server/sessions/votes';

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
