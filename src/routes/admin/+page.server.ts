import type { PageServerLoad } from './$types';
import { actorOf, authorize } from '$lib/server/http/guard';
import { listCouncilsForAdmin } from '$lib/server/councils/councils';

export const load: PageServerLoad = (event) => {
	authorize(event, actorOf(event.locals), 'councils.create');
	return { councils: listCouncilsForAdmin() };
};
