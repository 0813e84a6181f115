// Logging in with an email address and a password.
import { z } from 'zod';
import { loginSchema, safeRedirect } from '$lib/schemas/auth';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { createSession, generateToken, invalidateSession } from '../session';
import { authenticate } from '../users';

/**
 * Checks the password (argon2, in `prepare`, outside the transaction) against the attempt limits of users.ts
 * (`authenticate`: per account, per address, per pair), then ends the session the request came with, if any, and
 * opens a new one. The transport gives the client's `address` and current `sessionId` (form.ts `request`, never
 * a posted field) and sets the cookie from the token returned; `redirectTo` comes back made safe (a path of this
 * site only).
 */
export const login = defineAction({
	name: 'account.login',
	input: loginSchema.extend({ address: z.string().max(200), sessionId: z.string().max(200).nullable() }),
	permission: 'anyone',
	council: 'none',
	prepare: async ({ email, password, address }) => {
		const result = await authenticate(email, password, address);
		if (result.ok) return { userId: result.user.id };
		if (result.reason === 'rate_limited') throw new DomainError('auth_error_rate_limited', 'form', { minutes: result.retryAfterMinutes });
		throw new DomainError('auth_error_invalid');
	},
	run: ({ prepared }, { sessionId, redirectTo }) => {
		if (sessionId) invalidateSession(sessionId);
		const sessionToken = generateToken();
		const session = createSession(sessionToken, prepared.userId);
		return { sessionToken, expiresAt: session.expiresAt, redirectTo: safeRedirect(redirectTo) };
	}
});
