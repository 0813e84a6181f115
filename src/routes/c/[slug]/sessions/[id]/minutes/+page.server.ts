// The minutes of a plenary: generated from the plenary (attendance, proxies, quorum, agenda, votes and their
// results, the proposals' new states) with the secretariat's text sections. Readers see them once published; the
// secretariat prepares them (sections, publication) and may adopt a ranked vote's winners as the annual themes.
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { buildMinutes, minutesVisible } from '$lib/server/plenaries/minutes';
import { formAction } from '$lib/server/actions/form';
import { adoptThemes, publishMinutes, saveMinutes } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	event.depends('app:minutes');
	const { council, actor, plenary } = plenaryContext(event);
	const manage = can(actor, 'plenaries.manage', council);
	const manageVotes = can(actor, 'votes.manage', council);
	if (!minutesVisible(plenary.state, manage)) return { visible: false as const, manage, minutes: null };
	const minutes = buildMinutes(plenary.id, { includeUnpublished: manageVotes });
	return { visible: true as const, manage, minutes };
};

const ids = (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id });

export const actions: Actions = {
	save: formAction(saveMinutes, { input: ids, done: () => ({ saved: m.minutes_saved() }) }),
	publish: formAction(publishMinutes, { input: ids, done: () => ({ published: m.minutes_published_done() }) }),
	adoptThemes: formAction(adoptThemes, {
		input: ids,
		done: (count, { values }) => ({
			adopted: m.minutes_themes_adopted({ year: String(values.year), count: String(count) }),
			voteId: Number(values.voteId)
		})
	})
};
