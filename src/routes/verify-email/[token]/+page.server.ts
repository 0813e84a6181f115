// The link mailed to an account made through a workshop guest link: confirming it, logged in to that account,
// verifies the address (src/lib/server/auth/email-verification.ts).
import type { Actions, PageServerLoad } from './$types';
import { findEmailVerification } from '$lib/server/auth/email-verification';
import { confirmEmail } from '$lib/server/auth/actions';
import { formAction } from '$lib/server/actions/form';

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
	confirm: formAction(confirmEmail, { input: (event) => ({ token: event.params.token }), done: () => ({ verified: true as const }) })
};
