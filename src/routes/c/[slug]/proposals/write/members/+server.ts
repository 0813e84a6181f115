// The co-author picker's live search (the wizard's "search" button does the same without JavaScript).
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { searchCoauthors } from '$lib/server/proposals/coauthors';

export const GET: RequestHandler = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	return json(searchCoauthors(council.id, actor.user!.id, q));
};
