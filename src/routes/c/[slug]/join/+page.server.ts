import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listColleges } from '$lib/server/councils/members';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { joinRequestLimiter } from '$lib/server/auth/rate-limit';
import { formAction } from '$lib/server/actions/form';
import { requestJoin } from '$lib/server/councils/actions';
import { MOTIVATION_MAX } from '$lib/schemas/join-requests';
import { getLocale } from '$lib/paraglide/runtime';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'members.requestJoin');
	return {
		open: council.joinRequestsOpen,
		alreadyMember: actor.roles.length > 0,
		colleges: listColleges(council.id).map((c) => ({ id: c.id, name: c.name, description: c.description })),
		organisationTypes: ORGANISATION_TYPES,
		motivationMax: MOTIVATION_MAX,
		email: event.locals.user?.email ?? '',
		name: event.locals.user?.name ?? ''
	};
};

const ask = formAction(requestJoin, {
	input: () => ({ locale: getLocale() === 'en' ? 'en' : 'fr' }),
	done: (_data, { values }) => ({
		sent: String(values.email ?? '')
			.trim()
			.toLowerCase()
	})
});

export const actions: Actions = {
	default: async (event) => {
		// every request sent from an address counts, refused or not, so that the form cannot be used to probe addresses
		const address = event.getClientAddress();
		const wait = joinRequestLimiter.retryAfter(address);
		if (wait > 0) return fail(429, { errors: { form: t('members_join_error_rate', { minutes: String(Math.ceil(wait / 60_000)) }) }, values: {} });
		joinRequestLimiter.fail(address);
		return ask(event);
	}
};
