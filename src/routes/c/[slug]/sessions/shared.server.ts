// Shared by every plenary page and endpoint, for reading: the plenary named in the URL (checked for the
// visitor) and the vote named in the URL. Changes go through the declared actions (src/lib/server/plenaries/actions).
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireCouncil, authorize } from '$lib/server/http/guard';
import type { Action } from '$lib/server/auth/permissions';
import { getPlenary } from '$lib/server/plenaries/plenaries';
import { plenaryVisibleTo } from '$lib/server/plenaries/visibility';
import { getVote } from '$lib/server/plenaries/votes';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

/** The council and the plenary of the URL, after checking `action` (default: reading plenaries); 404 when absent. */
export function plenaryContext(event: Event, action: Action = 'plenaries.read') {
	const { council, actor } = requireCouncil(event, event.params.slug!, 'plenaries.read');
	if (action !== 'plenaries.read') authorize(event, actor, action, council);
	const detail = getPlenary(parseId(event.params.id));
	if (!detail || detail.plenary.councilId !== council.id || !plenaryVisibleTo(actor, council, detail.plenary)) error(404, 'not_found');
	return { council, actor, ...detail };
}

/** The plenary context plus the vote of the URL (`params.voteId`), which must belong to that plenary. */
export function voteContext(event: Event, action: Action = 'plenaries.read') {
	const ctx = plenaryContext(event, action);
	const vote = getVote(parseId(event.params.voteId));
	if (!vote || vote.plenaryId !== ctx.plenary.id) error(404, 'not_found');
	return { ...ctx, vote };
}
