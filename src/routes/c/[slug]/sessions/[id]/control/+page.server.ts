// The secretariat's control screen: attendance and quorum, the current item, and the plenary's votes with open
// (optional timer) / close / publish, live counts and, for named votes, who has not voted yet.
// The actions `?/open` (voteId, optional durationSeconds) and `?/close` (voteId) are a fixed contract.
import type { Actions, PageServerLoad } from './$types';
import { controlRows } from '$lib/server/plenaries/live-state';
import { formAction } from '$lib/server/actions/form';
import { closeVote, openVote, publishVote, setCurrentItem } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';

/** Attendance, quorum and the current item are the layout's live state; the votes' rows follow the secretariat's room. */
export const load: PageServerLoad = (event) => {
	const { council, plenary } = plenaryContext(event, 'votes.manage');
	return { council: { id: council.id, slug: council.slug, name: council.name }, rows: controlRows(plenary.id) };
};

const ids = (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id });
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
