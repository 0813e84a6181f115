// The secretariat's control screen: attendance and quorum, the current item, and the session's votes with open
// (optional timer) / close / publish, live counts and, for named votes, who has not voted yet.
// The actions `?/open` (voteId, optional durationSeconds) and `?/close` (voteId) are a fixed contract.
import type { Actions, PageServerLoad } from './$types';
import { attendanceSummary } from '$lib/server/sessions/attendance';
import { listVotes } from '$lib/server/sessions/votes';
import { liveCount, voterList } from '$lib/server/sessions/vote-status';
import { formAction } from '$lib/server/actions/form';
import { closeVote, openVote, publishVote, setCurrentItem } from '$lib/server/sessions/actions';
import { sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:control');
	const { council, session } = sessionContext(event, 'votes.manage');
	const votes = listVotes(session.id).map((vote) => ({
		vote,
		count: vote.state === 'draft' ? null : liveCount(vote.id),
		notVoted: vote.state === 'open' && vote.secrecy === 'named' ? voterList(vote.id).filter((v) => !v.voted) : null
	}));
	return {
		council: { id: council.id, slug: council.slug, name: council.name },
		attendance: attendanceSummary(session.id),
		votes
	};
};

const ids = (e: { params: Partial<Record<string, string>> }) => ({ sessionId: e.params.id });
const voteOf = (values: Record<string, unknown>) => Number(values.voteId);

export const actions: Actions = {
	open: formAction(openVote, { input: ids, done: (_, { values }) => ({ opened: voteOf(values) }) }),
	close: formAction(closeVote, { input: ids, done: (_, { values }) => ({ closed: voteOf(values) }) }),
	publish: formAction(publishVote, { input: ids, done: (_, { values }) => ({ published: voteOf(values) }) }),
	current: formAction(setCurrentItem, {
		input: ids,
		done: (_, { values }) => ({ current: values.itemId === '' || values.itemId === undefined ? null : Number(values.itemId) })
	})
};
