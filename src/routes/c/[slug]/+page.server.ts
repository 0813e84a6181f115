import type { PageServerLoad } from './$types';
import { councilOverview } from '$lib/server/councils/overview';
import { getCouncilById } from '$lib/server/councils/councils';

export const load: PageServerLoad = async ({ parent }) => {
	const { council, roles } = await parent();
	const row = getCouncilById(council.id);
	return {
		overview: councilOverview(council.id),
		// a public council open to requests offers "ask to join" to whoever is not a member yet
		offerJoin: Boolean(row?.isPublic && row.joinRequestsOpen && roles.length === 0)
	};
};
