import { fail, redirect } from '@sveltejs/kit';
import { t } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';
import { actorOf, loginUrl } from '$lib/server/http/guard';
import { formToObject } from '$lib/server/http/forms';
import { config } from '$lib/server/config';
import { getPreferences, NOTIFICATION_KINDS, setPreferences } from '$lib/server/notifications/notify';
import { getEmailDelivery } from '$lib/server/notifications/digest';
import { execute } from '$lib/server/actions/execute';
import { setDelivery } from '$lib/server/notifications/actions';
import { notificationKindLabel, toLocale } from '$lib/server/notifications/text';
import { deliverySchema, preferencesSchema } from '$lib/schemas/notifications';
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
	default: async ({ locals, url, request }) => {
		if (!locals.user) redirect(303, loginUrl(url));
		const values = formToObject(await request.formData());
		// every field is a checkbox or a radio button read leniently: these parses cannot fail
		setPreferences(locals.user.id, preferencesSchema(NOTIFICATION_KINDS).parse(values));
		const delivery = await execute(actorOf(locals), null, setDelivery, deliverySchema.parse(values));
		if (!delivery.ok) return fail(delivery.status, { errors: { form: t(delivery.code) } });
		return { saved: true };
	}
};
