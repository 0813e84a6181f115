// The room's projector: current item, the open vote's question with its live count and countdown (never a running
// tally), and the result as soon as the vote closes with the final hash of its log. Anyone who may read the session
// may show it; a closed result not yet published shows only on the projector of the secretariat.
import type { PageServerLoad } from './$types';
import { listVotes } from '$lib/server/sessions/votes';
import { liveCount } from '$lib/server/sessions/vote-status';
import { proposalsOfVote } from '$lib/server/sessions/vote-decides';
import { sessionContext } from '../../shared.server';
import { can } from '$lib/server/auth/permissions';
import { resultVisible } from '$lib/server/sessions/secret-view';
import { chainHead } from '$lib/server/sessions/vote-log';

export const load: PageServerLoad = (event) => {
	const { council, actor, session } = sessionContext(event);
	// a closed, unpublished result shows only on the projector the secretariat opens
	const manage = can(actor, 'votes.manage', council);
	const votes = listVotes(session.id);
	const open = votes.filter((v) => v.state === 'open').map((vote) => ({ vote, count: liveCount(vote.id), decides: proposalsOfVote(vote.id) }));
	const last = votes.filter((v) => resultVisible(v, manage)).sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0))[0] ?? null;
	return { council: { id: council.id, slug: council.slug, name: council.name }, open, last, lastDecides: last ? proposalsOfVote(last.id) : [], lastChainHead: last ? chainHead(last.id) : null };
};
