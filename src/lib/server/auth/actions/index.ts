// What a person does with their own account and sessions (outside any council): logging in and out, the first
// admin's setup, accepting an invitation or a workshop guest link, proving an address, choosing the language.
import { z } from 'zod';
import { defineAction } from '../../actions/define';
import { invalidateAllSessions, invalidateSession } from '../session';
import { confirmEmailVerification, resendEmailVerification } from '../email-verification';

export { login } from './login';
export { completeSetup } from './complete-setup';
export { acceptInvitation, acceptInvitationWithPassword } from './accept-invitation';
export { acceptGuestLink, acceptGuestLinkWithAccount } from './accept-guest-link';
export { switchLocale } from './switch-locale';

/** "Se déconnecter partout": ends every session of the account, on every device. */
export const logoutEverywhere = defineAction({
	name: 'account.logoutEverywhere',
	input: z.object({}),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }) => invalidateAllSessions(actor.user!.id)
});

/** Ends the session the request came with (a visitor without one has nothing to end). */
export const logout = defineAction({
	name: 'account.logout',
	input: z.object({ sessionId: z.string().nullable() }),
	permission: 'anyone',
	council: 'none',
	run: (_, { sessionId }) => {
		if (sessionId) invalidateSession(sessionId);
	}
});

/** Sends the email verification link again (accounts created through a workshop guest link). */
export const resendVerification = defineAction({
	name: 'account.resendVerification',
	input: z.object({}),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }) => resendEmailVerification(actor.user!.id)
});

/**
 * Confirms an email address with the mailed link. Only while logged in to the account that asked for it, so that
 * whoever merely opens the link (the address's owner, a mail scanner) verifies nothing.
 */
export const confirmEmail = defineAction({
	name: 'account.confirmEmail',
	input: z.object({ token: z.string().min(1).max(200) }),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }, { token }) => confirmEmailVerification(token, actor.user!.id)
});
