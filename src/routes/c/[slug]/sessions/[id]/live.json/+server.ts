// The session's live state for a page that missed events (after a reconnection): the same snapshot as the page's
// first load, with the control screen's rows (`control=1`) or a door list page (`door=1&q=…&p=…`) when the reader
// manages the session, and the attendance page's lists (`lists=1`). Pages fetch it themselves, so that a failed fetch never replaces them with the error page.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { can } from '$lib/server/auth/permissions';
import { controlRows } from '$lib/server/sessions/live-state';
import { attendanceLists } from '$lib/server/sessions/door';
import { sessionContext } from '../../shared.server';
import { doorOf, liveOf } from '../live.server';

export const GET: RequestHandler = (event) => {
	const ctx = sessionContext(event);
	const live = liveOf(event, ctx);
	const { council, actor, session } = ctx;
	const control = event.url.searchParams.has('control') && can(actor, 'votes.manage', council) ? controlRows(session.id) : undefined;
	const door = event.url.searchParams.has('door') && can(actor, 'sessions.manage', council) ? doorOf(session.id, event.url) : undefined;
	const lists = event.url.searchParams.has('lists') ? attendanceLists(session.id) : undefined;
	return apiJson({ live, control, door, lists });
};
