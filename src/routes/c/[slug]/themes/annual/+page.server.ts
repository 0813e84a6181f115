// The council's annual themes, year by year: anyone who may read the council sees them (the workshops follow
// them); the secretariat sets a year's themes by hand (adopting a ranked vote's winners is done from the minutes).
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { can } from '$lib/server/auth/permissions';
import { requireCouncil } from '$lib/server/http/guard';
import { listThemes } from '$lib/server/councils/themes';
import { getVote } from '$lib/server/plenaries/votes';
import { listAnnualThemes } from '$lib/server/plenaries/annual-themes';
import { formAction } from '$lib/server/actions/form';
import { setAnnualThemes } from '$lib/server/plenaries/actions';
import { toParisInput } from '$lib/paris-time';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'council.read');
	const all = listAnnualThemes(council.id);
	const years = [...new Set(all.map((t) => t.year))].map((year) => {
		const themes = all.filter((t) => t.year === year);
		const voteId = themes.find((t) => t.voteId !== null)?.voteId ?? null;
		const vote = voteId === null ? null : getVote(voteId);
		return { year, themes, vote: vote ? { id: vote.id, question: vote.question, plenaryId: vote.plenaryId } : null };
	});
	const manage = can(actor, 'plenaries.manage', council);
	return {
		years,
		manage,
		choices: manage
			? listThemes(council.id)
					.filter((t) => t.kind === 'theme' && !t.archived)
					.map((t) => ({ id: t.id, name: t.name }))
			: [],
		thisYear: Number(toParisInput(new Date()).slice(0, 4))
	};
};

export const actions: Actions = {
	set: formAction(setAnnualThemes, { done: (_, { values }) => ({ saved: m.minutes_themes_saved({ year: String(values.year) }) }) })
};
