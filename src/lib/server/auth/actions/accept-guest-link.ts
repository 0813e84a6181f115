// Joining a workshop as a guest with its single-use link (/workshop-invitations/<token>).
import { z } from 'zod';
import { guestAccountSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { acceptGuestLinkAsUser, acceptGuestLinkWithHash } from '../../workshops/guests';
import { hashPassword } from '../password';
import { createSession, generateToken } from '../session';

const token = () => z.string().min(1).max(200);

/** A signed-in person joins the workshop of the link as a guest. */
export const acceptGuestLink = defineAction({
	name: 'account.acceptGuestLink',
	input: z.object({ token: token() }),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }, input) => acceptGuestLinkAsUser(input.token, actor.user!.id)
});

/**
 * Someone without an account creates one with the link and joins the workshop as a guest. Nothing proves the
 * address they type: the account starts unverified and a verification link is mailed (workshops/guests.ts,
 * auth/email-verification.ts). The password is hashed before the transaction; a visitor already signed in is
 * sent to the other button. The transport sets the session cookie.
 */
export const acceptGuestLinkWithAccount = defineAction({
	name: 'account.acceptGuestLinkWithAccount',
	input: guestAccountSchema.safeExtend({ token: token() }),
	permission: 'anyone',
	council: 'none',
	prepare: async ({ password }, { actor }) => {
		if (actor.user) throw new DomainError('workshops_guest_error_signed_in');
		return { passwordHash: await hashPassword(password) };
	},
	run: ({ prepared }, input) => {
		const joined = acceptGuestLinkWithHash(input.token, { name: input.name, email: input.email, passwordHash: prepared.passwordHash });
		const sessionToken = generateToken();
		const session = createSession(sessionToken, joined.userId);
		return { councilSlug: joined.councilSlug, workshopId: joined.workshopId, sessionToken, expiresAt: session.expiresAt };
	}
});
