import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { acceptInvitationAsUser, acceptInvitationWithPassword, findInvitation } from '$lib/server/councils/invitations';
import { createSession, generateToken } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { normaliseEmail } from '$lib/server/auth/users';
import { DomainError } from '$lib/server/errors';
import { acceptInvitationSchema } from '$lib/schemas/members';
import { t } from '$lib/i18n/translate';

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
	join: ({ params, locals }) => {
		if (!locals.user) return formFailure({ form: t('members_invitation_error_login_required') });
		let slug: string;
		try {
			slug = acceptInvitationAsUser(params.token, locals.user.id).councilSlug;
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ form: t(e.code, e.params) });
			throw e;
		}
		redirect(303, `/c/${slug}`);
	},
	create: async ({ params, locals, request, cookies }) => {
		if (locals.user) return formFailure({ form: t('members_invitation_error_other_account') });
		const form = await parseForm(request, acceptInvitationSchema);
		if (!form.ok) return form.failure;
		let result: Awaited<ReturnType<typeof acceptInvitationWithPassword>>;
		try {
			result = await acceptInvitationWithPassword(params.token, { name: form.data.name, password: form.data.password });
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ form: t(e.code, e.params) }, form.values);
			throw e;
		}
		const token = generateToken();
		const session = createSession(token, result.userId);
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, `/c/${result.councilSlug}`);
	}
};
