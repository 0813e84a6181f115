// The room's projector: current item, the open vote's question with its live count and countdown (never a running
// tally), and the result as soon as the vote closes. Anyone who may read the session may show it.
import type { PageServerLoad } from './$types';
import { listVotes } from '$lib/server/sessions/votes';
import { liveCount } from '$lib/server/sessions/vote-status';
import { proposalsOfVote } from '$lib/server/sessions/vote-decides';
import { sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { council, session } = sessionContext(event);
	const votes = listVotes(session.id);
	const open = votes.filter((v) => v.state === 'open').map((vote) => ({ vote, count: liveCount(vote.id), decides: proposalsOfVote(vote.id) }));
	const last =
		votes
			.filter((v) => v.state === 'closed' || v.state === 'published')
			.sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0))[0] ?? null;
	return { council: { id: council.id, slug: council.slug, name: council.name }, open, last, lastDecides: last ? proposalsOfVote(last.id) : [] };
};
