// The plenary's live state for a page that missed events (after a reconnection): the same snapshot as the page's
// first load, with the control screen's rows (`control=1`) or a door list page (`door=1&q=…&p=…`) when the reader
// manages the plenary, and the attendance page's lists (`lists=1`). Pages fetch it themselves, so that a failed fetch never replaces them with the error page.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { can } from '$lib/server/auth/permissions';
import { controlRows } from '$lib/server/plenaries/live-state';
import { attendanceLists } from '$lib/server/plenaries/door';
import { plenaryContext } from '../../shared.server';
import { doorOf, liveOf } from '../live.server';

export const GET: RequestHandler = (event) => {
	const ctx = plenaryContext(event);
	const live = liveOf(event, ctx);
	const { council, actor, plenary } = ctx;
	const control = event.url.searchParams.has('control') && can(actor, 'votes.manage', council) ? controlRows(plenary.id) : undefined;
	const door = event.url.searchParams.has('door') && can(actor, 'plenaries.manage', council) ? doorOf(plenary.id, event.url) : undefined;
	const lists = event.url.searchParams.has('lists') ? attendanceLists(plenary.id) : undefined;
	return apiJson({ live, control, door, lists });
};
