// Accepting an invitation to join a council (the link mailed by the secretariat, /invitations/<token>).
import { z } from 'zod';
import { acceptInvitationSchema } from '$lib/schemas/members';
import { defineAction } from '../../actions/define';
import { acceptInvitationAsUser, acceptInvitationWithHash } from '../../councils/invitations';
import { DomainError } from '../../errors';
import { hashPassword } from '../password';
import { createSession, generateToken } from '../session';

const token = () => z.string().min(1).max(200);

/** A logged-in person accepts an invitation sent to their own address (councils/invitations.ts says the rest). */
export const acceptInvitation = defineAction({
	name: 'account.acceptInvitation',
	input: z.object({ token: token() }),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }, input) => acceptInvitationAsUser(input.token, actor.user!.id)
});

/**
 * Someone without a usable account accepts: the account is created (or its password set, or an unverified one
 * taken over: see acceptInvitationWithPassword) and logged in. The password is hashed before the transaction; a
 * visitor already logged in is told the invitation is for another account. The transport sets the session cookie.
 */
export const acceptInvitationWithPassword = defineAction({
	name: 'account.acceptInvitationWithPassword',
	input: acceptInvitationSchema.safeExtend({ token: token() }),
	permission: 'anyone',
	council: 'none',
	prepare: async ({ password }, { actor }) => {
		if (actor.user) throw new DomainError('members_invitation_error_other_account');
		return { passwordHash: await hashPassword(password) };
	},
	run: ({ prepared }, input) => {
		const accepted = acceptInvitationWithHash(input.token, { name: input.name, passwordHash: prepared.passwordHash });
		const sessionToken = generateToken();
		const session = createSession(sessionToken, accepted.userId);
		return { councilSlug: accepted.councilSlug, sessionToken, expiresAt: session.expiresAt };
	}
});
