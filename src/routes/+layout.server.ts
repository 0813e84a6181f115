import type { LayoutServerLoad } from './$types';
import { listMyCouncils } from '$lib/server/councils/councils';
import { getLocale } from '$lib/paraglide/runtime';
import { unreadCount } from '$lib/server/notifications/notify';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { id: locals.user.id, name: locals.user.name, email: locals.user.email, isAdmin: locals.user.isAdmin } : null,
	myCouncils: locals.user ? listMyCouncils(locals.user.id).map(({ slug, name }) => ({ slug, name })) : [],
	locale: getLocale(),
	unreadNotifications: locals.user ? unreadCount(locals.user.id) : 0
});
