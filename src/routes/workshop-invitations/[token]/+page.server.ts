// A workshop guest link: a signed-in person joins the workshop as a guest; someone without an account
// creates one. The link works once.
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findGuestLink } from '$lib/server/workshops/guests';
import { acceptGuestLink, acceptGuestLinkWithAccount } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { setSessionCookie } from '$lib/server/auth/cookies';

/** The token of the link, from the URL. */
const tokenOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ token: event.params.token });

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
	join: formAction(acceptGuestLink, { input: tokenOfUrl, done: (joined) => redirect(303, `/c/${joined.councilSlug}/workshops/${joined.workshopId}`) }),
	create: formAction(acceptGuestLinkWithAccount, {
		input: tokenOfUrl,
		done: (joined, { event }) => {
			setSessionCookie(event.cookies, joined.sessionToken, joined.expiresAt);
			redirect(303, `/c/${joined.councilSlug}/workshops/${joined.workshopId}`);
		}
	})
};
