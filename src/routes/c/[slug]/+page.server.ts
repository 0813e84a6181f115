import type { PageServerLoad } from './$types';
import { councilOverview } from '$lib/server/councils/overview';

export const load: PageServerLoad = async ({ parent }) => {
	const { council } = await parent();
	return { overview: councilOverview(council.id) };
};
