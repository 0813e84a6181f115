import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { formAction } from '$lib/server/actions/form';
import { markAllRead, markOneRead } from '$lib/server/notifications/actions';
import { listNotifications } from '$lib/server/notifications/notify';
import { notificationText, toLocale } from '$lib/server/notifications/text';
import { notificationsPageSchema } from '$lib/schemas/notifications';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals, url, depends }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	depends('app:notifications');
	const { page } = notificationsPageSchema.parse({ page: url.searchParams.get('page') ?? undefined });
	const list = listNotifications(locals.user.id, { page });
	const locale = toLocale(getLocale());
	return {
		notifications: list.items.map((n) => ({
			id: n.id,
			text: notificationText(n.kind, n.params, locale),
			councilName: n.councilName,
			createdAt: n.createdAt,
			unread: n.readAt === null
		})),
		page: list.page,
		pages: list.pages,
		total: list.total,
		unread: list.unread
	};
};

export const actions: Actions = {
	markAll: formAction(markAllRead, { done: () => ({ marked: true }) }),
	markOne: formAction(markOneRead, { done: () => ({ marked: true }) })
};
