import type { PageServerLoad } from './$types';
import { listVisibleCouncils } from '$lib/server/councils/councils';

export const load: PageServerLoad = ({ locals }) => ({
	councils: listVisibleCouncils(locals.user ? { id: locals.user.id, isAdmin: locals.user.isAdmin } : null)
});
