import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf, loginUrl } from '$lib/server/http/guard';
import { formInput, renderFailure } from '$lib/server/actions/form';
import { execute } from '$lib/server/actions/execute';
import { setDelivery, setNotificationPreferences } from '$lib/server/notifications/actions';
import { config } from '$lib/server/config';
import { getPreferences } from '$lib/server/notifications/notify';
import { getEmailDelivery } from '$lib/server/notifications/digest';
import { notificationKindLabel, toLocale } from '$lib/server/notifications/text';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, loginUrl(url));
	const locale = toLocale(getLocale());
	return {
		preferences: getPreferences(locals.user.id).map((p) => ({ ...p, label: notificationKindLabel(p.kind, locale) })),
		delivery: getEmailDelivery(locals.user.id),
		mailConfigured: Boolean(config.smtpUrl)
	};
};

export const actions: Actions = {
	// one form, two declared actions: the choice per kind, and how the emails arrive (one by one or weekly)
	default: async (event) => {
		if (!event.locals.user) redirect(303, loginUrl(event.url));
		const values = formInput(await event.request.formData());
		const actor = actorOf(event.locals);
		for (const action of [setNotificationPreferences, setDelivery]) {
			const result = await execute(actor, null, action, values);
			if (!result.ok) return renderFailure(event, result, values);
		}
		return { saved: true };
	}
};
