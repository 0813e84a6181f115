// The link mailed to an account made through a workshop guest link: confirming it, logged in to that account,
// verifies the address (src/lib/server/auth/email-verification.ts).
import type { Actions, PageServerLoad } from './$types';
import { formFailure } from '$lib/server/http/forms';
import { confirmEmailVerification, findEmailVerification } from '$lib/server/auth/email-verification';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = ({ params, locals, setHeaders }) => {
	setHeaders({ 'referrer-policy': 'same-origin', 'cache-control': 'no-store' });
	const found = findEmailVerification(params.token);
	const user = locals.user;
	return {
		state: found.state,
		email: found.state === 'not_found' ? null : found.email,
		account: !user ? ('anonymous' as const) : found.state !== 'not_found' && found.userId === user.id ? ('owner' as const) : ('other' as const),
		loginHref: `/login?redirectTo=${encodeURIComponent(`/verify-email/${params.token}`)}`
	};
};

export const actions: Actions = {
	confirm: ({ params, locals }) => {
		if (!locals.user) return formFailure({ form: t('auth_verify_error_login_required') });
		try {
			confirmEmailVerification(params.token, locals.user.id);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ form: t(e.code, e.params) });
			throw e;
		}
		return { verified: true as const };
	}
};
