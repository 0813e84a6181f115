// The one-time setup link printed at the first start: it creates the first platform administrator.
import { z } from 'zod';
import { newAccountSchema } from '$lib/schemas/auth';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { createFirstAdmin, isSetupTokenValid } from '../bootstrap';
import { hashPassword } from '../password';
import { createSession, generateToken } from '../session';

/**
 * Creates the first administrator with the setup token of the URL and logs them in. A used, expired or superseded
 * token is refused before the password is even hashed; the token is claimed in the transaction that creates the
 * account (two simultaneous submissions make one admin). The transport sets the session cookie from the token.
 */
export const completeSetup = defineAction({
	name: 'account.completeSetup',
	input: newAccountSchema.safeExtend({ token: z.string().min(1).max(200) }),
	permission: 'anyone',
	council: 'none',
	prepare: async ({ token, password }) => {
		if (!isSetupTokenValid(token)) throw new DomainError('auth_error_setup_used');
		return { passwordHash: await hashPassword(password) };
	},
	run: ({ prepared }, { token, email, name }) => {
		const result = createFirstAdmin(token, { email, name, passwordHash: prepared.passwordHash });
		if (!result.ok) throw result.reason === 'email_taken' ? new DomainError('auth_error_email_taken', 'email') : new DomainError('auth_error_setup_used');
		const sessionToken = generateToken();
		const session = createSession(sessionToken, result.userId);
		return { sessionToken, expiresAt: session.expiresAt };
	}
});
