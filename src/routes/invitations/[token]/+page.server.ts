import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findInvitation } from '$lib/server/councils/invitations';
import { acceptInvitation, acceptInvitationWithPassword } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { normaliseEmail } from '$lib/server/auth/users';

/** The token of the link, from the URL. */
const tokenOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ token: event.params.token });

export const load: PageServerLoad = ({ params, locals, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'same-origin', 'cache-control': 'no-store' });
	const invitation = findInvitation(params.token);
	if (!invitation) return { state: 'not_found' as const };
	const base = { state: invitation.state, council: { name: invitation.councilName, slug: invitation.councilSlug } };
	if (invitation.state !== 'valid') return base;
	const user = locals.user;
	const mode = user
		? normaliseEmail(user.email) === invitation.email
			? ('join' as const)
			: ('other_account' as const)
		: invitation.account.hasPassword
			? ('login' as const)
			: invitation.account.exists
				? ('set_password' as const)
				: ('create' as const);
	return {
		...base,
		mode,
		invitation: {
			email: invitation.email,
			name: invitation.name,
			collegeName: invitation.collegeName,
			organisationName: invitation.organisationName,
			roles: invitation.roles,
			expiresAt: invitation.expiresAt
		},
		currentEmail: user?.email ?? null,
		loginHref: `/login?redirectTo=${encodeURIComponent(`/invitations/${params.token}`)}`
	};
};

export const actions: Actions = {
	join: formAction(acceptInvitation, { input: tokenOfUrl, done: (accepted) => redirect(303, `/c/${accepted.councilSlug}`) }),
	create: formAction(acceptInvitationWithPassword, {
		input: tokenOfUrl,
		done: (accepted, { event }) => {
			setSessionCookie(event.cookies, accepted.sessionToken, accepted.expiresAt);
			redirect(303, `/c/${accepted.councilSlug}`);
		}
	})
};
