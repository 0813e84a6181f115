// What a person does with their own account and sessions (outside any council).
import { z } from 'zod';
import { defineAction } from '../../actions/define';
import { invalidateAllSessions, invalidateSession } from '../session';

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
