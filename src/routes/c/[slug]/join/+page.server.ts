import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formFailure, parseForm } from '$lib/server/http/forms';
import { listColleges } from '$lib/server/councils/members';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { joinRequestLimiter } from '$lib/server/auth/rate-limit';
import { requestToJoin } from '$lib/server/councils/join-requests';
import { DomainError } from '$lib/server/errors';
import { joinRequestSchema, MOTIVATION_MAX } from '$lib/schemas/join-requests';
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

export const actions: Actions = {
	default: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.requestJoin');
		const form = await parseForm(event.request, joinRequestSchema);
		if (!form.ok) return form.failure;
		// every request sent from an address counts, refused or not, so that the form cannot probe addresses
		const address = event.getClientAddress();
		const wait = joinRequestLimiter.retryAfter(address);
		if (wait > 0) return formFailure({ form: t('members_join_error_rate', { minutes: String(Math.ceil(wait / 60_000)) }) }, form.values, 429);
		joinRequestLimiter.fail(address);
		try {
			requestToJoin(council.id, { ...form.data, locale: getLocale() === 'en' ? 'en' : 'fr' });
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ [e.field]: t(e.code, e.params) }, form.values);
			throw e;
		}
		return { sent: form.data.email };
	}
};
