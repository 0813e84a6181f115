// Opening a notification: marks it read, then goes where it points (always a path on this site).
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { getNotification, isInternalLink, markRead } from '$lib/server/notifications/notify';

export const GET: RequestHandler = ({ locals, params, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	const id = Number(params.id);
	const notification = Number.isSafeInteger(id) && id > 0 ? getNotification(locals.user.id, id) : undefined;
	if (!notification) error(404, 'not_found');
	if (notification.readAt === null) markRead(locals.user.id, [notification.id]);
	redirect(303, isInternalLink(notification.link) ? notification.link : '/notifications');
};
