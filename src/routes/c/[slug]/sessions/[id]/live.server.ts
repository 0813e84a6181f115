// The live state of the plenary for the reader of the request: every tab's first load (the layout) and the
// catch-up of a page that missed events (live.json) read it here. The version is read before the state, so that a
// change made in between makes the page catch up rather than miss it.
import type { RequestEvent } from '@sveltejs/kit';
import { can } from '$lib/server/auth/permissions';
import { liveSnapshot } from '$lib/server/plenaries/live-state';
import { liveVersion } from '$lib/server/realtime/plenary-version';
import { doorPage, DOOR_PAGE_SIZE } from '$lib/server/plenaries/door';
import { plenaryContext } from '../shared.server';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function liveOf(event: Event, ctx: ReturnType<typeof plenaryContext> = plenaryContext(event)) {
	const { council, actor, plenary } = ctx;
	const version = liveVersion(plenary.id);
	return liveSnapshot(plenary.id, council.id, { userId: actor.user?.id ?? null, manage: can(actor, 'votes.manage', council) }, version);
}

/** The door list's query: `q` filters names, `p` is the page (from 1). */
export function doorQuery(url: URL): { q: string; page: number } {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const page = Math.max(1, Math.min(10_000, Math.floor(Number(url.searchParams.get('p')) || 1)));
	return { q, page };
}

export function doorOf(plenaryId: number, url: URL) {
	const { q, page } = doorQuery(url);
	return { q, ...doorPage(plenaryId, q, page, DOOR_PAGE_SIZE) };
}
