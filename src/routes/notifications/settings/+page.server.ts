import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { formAction } from '$lib/server/actions/form';
import { setNotificationPreferences } from '$lib/server/notifications/actions';
import { config } from '$lib/server/config';
import { getPreferences } from '$lib/server/notifications/notify';
import { notificationKindLabel, toLocale } from '$lib/server/notifications/text';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	const locale = toLocale(getLocale());
	return {
		preferences: getPreferences(locals.user.id).map((p) => ({ ...p, label: notificationKindLabel(p.kind, locale) })),
		mailConfigured: Boolean(config.smtpUrl)
	};
};

export const actions: Actions = {
	default: formAction(setNotificationPreferences, { done: () => ({ saved: true }) })
};
