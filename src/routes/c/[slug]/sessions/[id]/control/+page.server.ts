// The secretariat's control screen: attendance and quorum, the current item, and the session's votes with open
// (optional timer) / close / publish, live counts and, for named votes, who has not voted yet.
// The actions `?/open` (voteId, optional durationSeconds) and `?/close` (voteId) are a fixed contract.
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { attendanceSummary } from '$lib/server/sessions/attendance';
import { setCurrentItem } from '$lib/server/sessions/agenda';
import { closeVote } from '$lib/server/sessions/close';
import { getVote, listVotes, openVote, publishVote } from '$lib/server/sessions/votes';
import { liveCount, voterList } from '$lib/server/sessions/vote-status';
import { chainHead } from '$lib/server/sessions/vote-log';
import { currentItemSchema, openVoteSchema, voteIdSchema } from '$lib/schemas/votes';
import { refusal, sessionContext } from '../../shared.server';
import { DomainError } from '$lib/server/errors';

const notFound = () => new DomainError('sessions_error_not_found');

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
		votes,
		// the final hash of each closed vote's log, pinned at close (vote-log.ts)
		chainHeads: Object.fromEntries(votes.filter((v) => v.vote.result).map((v) => [v.vote.id, chainHead(v.vote.id)]))
	};
};

/** Whether the vote of the form belongs to the session of the URL. */
const inSession = (sessionId: number, voteId: number) => getVote(voteId)?.sessionId === sessionId;

export const actions: Actions = {
	open: async (event) => {
		const { session } = sessionContext(event, 'votes.manage');
		const form = await parseForm(event.request, openVoteSchema);
		if (!form.ok) return form.failure;
		if (!inSession(session.id, form.data.voteId)) return refusal(notFound(), form.values);
		try {
			openVote(event.locals.user!, form.data.voteId, { durationSeconds: form.data.durationSeconds ?? null, confirmSmallGroups: form.data.confirmSmallGroups });
		} catch (e) {
			return refusal(e, form.values);
		}
		return { opened: form.data.voteId };
	},
	close: async (event) => {
		const { session } = sessionContext(event, 'votes.manage');
		const form = await parseForm(event.request, voteIdSchema);
		if (!form.ok) return form.failure;
		if (!inSession(session.id, form.data.voteId)) return refusal(notFound(), form.values);
		try {
			closeVote(event.locals.user!, form.data.voteId);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { closed: form.data.voteId };
	},
	publish: async (event) => {
		const { session } = sessionContext(event, 'votes.manage');
		const form = await parseForm(event.request, voteIdSchema);
		if (!form.ok) return form.failure;
		if (!inSession(session.id, form.data.voteId)) return refusal(notFound(), form.values);
		try {
			publishVote(event.locals.user!, form.data.voteId);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { published: form.data.voteId };
	},
	current: async (event) => {
		const { session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, currentItemSchema);
		if (!form.ok) return form.failure;
		try {
			setCurrentItem(event.locals.user!, session.id, form.data.itemId);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { current: form.data.itemId };
	}
};
