// A workshop guest link: a signed-in person joins the workshop as a guest; someone without an account
// creates one. The link works once.
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { acceptGuestLinkAsUser, acceptGuestLinkWithAccount, findGuestLink } from '$lib/server/workshops/guests';
import { createSession, generateToken } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { DomainError } from '$lib/server/errors';
import { guestAccountSchema } from '$lib/schemas/workshops';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = ({ params, locals, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'same-origin', 'cache-control': 'no-store' });
	const link = findGuestLink(params.token);
	if (!link) return { state: 'not_found' as const, link: null, loggedIn: !!locals.user, loginHref: '' };
	return {
		state: link.state,
		link: { workshopTitle: link.workshopTitle, councilName: link.councilName, label: link.label, expiresAt: link.expiresAt },
		loggedIn: !!locals.user,
		userName: locals.user?.name ?? null,
		loginHref: `/login?redirectTo=${encodeURIComponent(`/workshop-invitations/${params.token}`)}`
	};
};

export const actions: Actions = {
	join: ({ params, locals }) => {
		if (!locals.user) return formFailure({ form: t('workshops_guest_error_login_required') });
		let target: string;
		try {
			const r = acceptGuestLinkAsUser(params.token, locals.user.id);
			target = `/c/${r.councilSlug}/workshops/${r.workshopId}`;
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ form: t(e.code, e.params) });
			throw e;
		}
		redirect(303, target);
	},
	create: async ({ params, locals, request, cookies }) => {
		if (locals.user) return formFailure({ form: t('workshops_guest_error_signed_in') });
		const form = await parseForm(request, guestAccountSchema);
		if (!form.ok) return form.failure;
		let result: Awaited<ReturnType<typeof acceptGuestLinkWithAccount>>;
		try {
			result = await acceptGuestLinkWithAccount(params.token, form.data);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ [e.field]: t(e.code, e.params) }, form.values);
			throw e;
		}
		const token = generateToken();
		const session = createSession(token, result.userId);
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, `/c/${result.councilSlug}/workshops/${result.workshopId}`);
	}
};
