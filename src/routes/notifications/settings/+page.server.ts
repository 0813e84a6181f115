import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { parseForm } from '$lib/server/http/forms';
import { config } from '$lib/server/config';
import { getPreferences, NOTIFICATION_KINDS, setPreferences } from '$lib/server/notifications/notify';
import { notificationKindLabel, toLocale } from '$lib/server/notifications/text';
import { preferencesSchema } from '$lib/schemas/notifications';
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
	default: async ({ locals, url, request }) => {
		if (!locals.user) redirect(303, loginUrl(url));
		const form = await parseForm(request, preferencesSchema(NOTIFICATION_KINDS));
		if (!form.ok) return form.failure;
		setPreferences(locals.user.id, form.data);
		return { saved: true };
	}
};
