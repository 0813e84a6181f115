// A vote's page: question, method, rules and state; the secretariat edits or deletes a draft, enters paper ballots
// while it is open, and publishes its result once closed. Everyone who may read the plenary sees the result.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { getPaper } from '$lib/server/plenaries/paper';
import { liveCount, voterList } from '$lib/server/plenaries/vote-status';
import { formAction } from '$lib/server/actions/form';
import { deleteVote, enterPaper, publishVote, updateVote } from '$lib/server/plenaries/actions';
import { voteContext } from '../../../shared.server';
import { indicatorChoices, themesFor } from '$lib/server/plenaries/vote-form';
import { indicatorsOfVote } from '$lib/server/plenaries/vote-indicators';
import { proposalsOfVote, proposalsOnItem } from '$lib/server/plenaries/vote-decides';
import { paperSlots } from '$lib/server/plenaries/paper-groups';
import { forReader } from '$lib/server/plenaries/secret-view';
import { voteReceiptCheck } from './receipt.server';
import { chainHead } from '$lib/server/plenaries/vote-log';

export const load: PageServerLoad = (event) => {
	const { council, actor, vote, agenda } = voteContext(event);
	const manage = can(actor, 'votes.manage', council);
	if (vote.state === 'draft' && !manage) error(404, 'not_found'); // drafts are the secretariat's
	const item = agenda.find((i) => i.id === vote.agendaItemId)!;
	const paperOpen = manage && vote.state === 'open' && vote.method !== 'ranked';
	return {
		council: { id: council.id, slug: council.slug, name: council.name },
		// a closed result is the secretariat's until published
		vote: forReader(vote, manage),
		receiptCheck: voteReceiptCheck(vote, event.url),
		chainHead: vote.state === 'closed' || vote.state === 'published' ? chainHead(vote.id) : null,
		item: { id: item.id, kind: item.kind, title: item.title },
		manage,
		themes: manage && vote.state === 'draft' ? themesFor(council, item) : null,
		indicatorChoices: manage && vote.state === 'draft' ? indicatorChoices(council) : [],
		proposalChoices: manage && vote.state === 'draft' ? proposalsOnItem(item.id) : [],
		decides: proposalsOfVote(vote.id),
		// a draft plan is the secretariat's: its indicators are named but not linked for the others
		indicators: indicatorsOfVote(vote.id).map((i) => ({
			...i,
			href: i.planStatus !== 'draft' || can(actor, 'plans.manage', council) ? `/c/${council.slug}/plans/${i.planId}/indicators/${i.id}` : null
		})),
		count: vote.state === 'open' ? liveCount(vote.id) : null,
		paper: paperOpen ? getPaper(vote.id) : null,
		paperVoters: paperOpen ? voterList(vote.id).filter((v) => v.channel !== 'online') : [],
		paperSlots: paperOpen ? paperSlots(vote) : []
	};
};

const ids = (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id, voteId: e.params.voteId });

export const actions: Actions = {
	update: formAction(updateVote, { input: ids, done: () => ({ updated: true }) }),
	delete: formAction(deleteVote, {
		input: ids,
		done: (_, { council, event }) => redirect(303, `/c/${council!.slug}/sessions/${event.params.id}/control`)
	}),
	paper: formAction(enterPaper, { input: ids, done: () => ({ paperSaved: true }) }),
	publish: formAction(publishVote, { input: ids, done: () => ({ published: true }) })
};
