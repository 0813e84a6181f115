import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can } from '$lib/server/auth/permissions';
import { filterOptions, listMyDrafts, listProposals } from '$lib/server/proposals/list';
import { readListQuery } from '$lib/schemas/proposals';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.read');
	const query = readListQuery(event.url.searchParams);
	const result = listProposals({
		councilId: council.id,
		q: query.q,
		state: query.state,
		themeId: query.theme,
		leverId: query.lever,
		collegeId: query.college,
		authorId: query.author,
		answered: query.answered,
		sort: query.sort ?? 'newest',
		page: query.page
	});
	const filtered = Boolean(query.q || query.state || query.theme || query.lever || query.college || query.author || query.answered);
	return {
		query,
		filtered,
		result,
		options: filterOptions(council.id, query.author),
		drafts: actor.user ? listMyDrafts(council.id, actor.user.id) : [],
		canCreate: can(actor, 'proposals.create', council)
	};
};
