// A vote's page: question, method, rules and state; the secretariat edits or deletes a draft, enters paper ballots
// while it is open, and publishes its result once closed. Everyone who may read the session sees the result.
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/client';
import { formFailure, formToObject, parseForm } from '$lib/server/http/forms';
import { collegesOf } from '$lib/server/sessions/access';
import { enterPaper, getPaper } from '$lib/server/sessions/paper';
import { deleteVote, publishVote, updateVote } from '$lib/server/sessions/votes';
import { liveCount, voterList } from '$lib/server/sessions/vote-status';
import type { PaperGroup } from '$lib/server/sessions/tally-types';
import { paperCount, voteFormSchema } from '$lib/schemas/votes';
import { t } from '$lib/i18n/translate';
import { refusal, voteContext } from '../../../shared.server';
import { indicatorChoices, themesFor, voteInputOf } from '../vote-form.server';
import { indicatorsOfVote } from '$lib/server/sessions/vote-indicators';
import { forReader } from '$lib/server/sessions/secret-view';
import { voteReceiptCheck } from './receipt.server';
import { chainHead } from '$lib/server/sessions/vote-log';

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
		// a draft plan is the secretariat's: its indicators are named but not linked for the others
		indicators: indicatorsOfVote(vote.id).map((i) => ({
			...i,
			href: i.planStatus !== 'draft' || can(actor, 'plans.manage', council) ? `/c/${council.slug}/plans/${i.planId}/indicators/${i.id}` : null
		})),
		count: vote.state === 'open' ? liveCount(vote.id) : null,
		paper: paperOpen ? getPaper(vote.id) : null,
		paperVoters: paperOpen ? voterList(vote.id).filter((v) => v.channel !== 'online') : [],
		colleges: paperOpen ? collegesOf(db(), council.id) : []
	};
};

/** Paper form fields → the service's groups: one group per college under college weighting, else one group. */
function paperGroups(values: Record<string, string | string[]>, method: string, optionIds: string[], groupKeys: string[]) {
	const num = (k: string) => paperCount.parse(typeof values[k] === 'string' ? values[k] : '');
	const groups: PaperGroup[] = [];
	for (const key of groupKeys) {
		const counts: Record<string, number> = {};
		for (const id of optionIds) counts[id] = num(`count.${key}.${id}`);
		const group: PaperGroup = { collegeId: key === 'all' ? null : Number(key), counts, invalid: num(`invalid.${key}`) };
		if (method !== 'yes_no_abstain') group.abstain = num(`abstain.${key}`);
		if (method === 'multiple') group.ballots = num(`ballots.${key}`);
		const total = Object.values(counts).reduce((a, b) => a + b, 0) + (group.abstain ?? 0) + (group.invalid ?? 0) + (group.ballots ?? 0);
		if (total > 0) groups.push(group);
	}
	return groups;
}

export const actions: Actions = {
	update: async (event) => {
		const { council, vote, agenda } = voteContext(event, 'votes.manage');
		const form = await parseForm(event.request, voteFormSchema);
		if (!form.ok) return form.failure;
		const item = agenda.find((i) => i.id === vote.agendaItemId)!;
		try {
			updateVote(event.locals.user!, vote.id, voteInputOf(form.data, themesFor(council, item)));
		} catch (e) {
			return refusal(e, form.values);
		}
		return { updated: true };
	},
	delete: async (event) => {
		const { council, session, vote } = voteContext(event, 'votes.manage');
		try {
			deleteVote(event.locals.user!, vote.id);
		} catch (e) {
			return refusal(e);
		}
		redirect(303, `/c/${council.slug}/sessions/${session.id}/control`);
	},
	paper: async (event) => {
		const { council, vote } = voteContext(event, 'votes.manage');
		const values = formToObject(await event.request.formData());
		const voters = (Array.isArray(values.voters) ? values.voters : values.voters ? [values.voters] : []).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
		const optionIds = vote.method === 'yes_no_abstain' ? ['yes', 'no', 'abstain'] : vote.options.map((o) => o.id);
		const keys = vote.weighting === 'college' ? collegesOf(db(), council.id).map((c) => String(c.id)) : ['all'];
		let groups: PaperGroup[];
		try {
			groups = paperGroups(values, vote.method, optionIds, keys);
		} catch {
			return formFailure({ paper: t('sessions_error_paper_invalid') }, values);
		}
		try {
			enterPaper(event.locals.user!, vote.id, { voters, groups });
		} catch (e) {
			return refusal(e, values);
		}
		return { paperSaved: true };
	},
	publish: async (event) => {
		const { vote } = voteContext(event, 'votes.manage');
		try {
			publishVote(event.locals.user!, vote.id);
		} catch (e) {
			return refusal(e);
		}
		return { published: true };
	}
};
