// Socket events on the runner: a socket handler names the action and the council its payload acts in; the
// acknowledgement is the ActionResult itself (plain JSON): `{ ok: true, data }` or `{ ok: false, status, code, field }`.
import { activeRoles, type CouncilRow } from '../councils/councils';
import type { Actor } from '../auth/permissions';
import { log } from '../log';
import type { AnyAction } from './define';
import { executeSync } from './execute';
import { failure, type ActionResult } from './result';

export type SocketUser = { id: number; isAdmin: boolean } | null;

/** The socket's user as an actor in a council: their active roles there. */
export function socketActor(user: SocketUser, council: CouncilRow | null): Actor {
	return { user: user && { id: user.id, isAdmin: user.isAdmin }, roles: council ? activeRoles(council.id, user?.id) : [] };
}

/**
 * Runs a synchronous action for a socket event and always answers: a bug becomes `server_error` in the
 * acknowledgement (and the log), never an unanswered client.
 */
export function runSocketAction<A extends AnyAction>(actor: Actor, council: CouncilRow | null, action: A, payload: unknown): ActionResult<ReturnType<A['run']>> {
	try {
		return executeSync(actor, council, action, payload);
	} catch (err) {
		log.error({ err: String(err), action: action.name }, 'socket action failed');
		return failure('common_error_server', 'form', {}, 400);
	}
}
