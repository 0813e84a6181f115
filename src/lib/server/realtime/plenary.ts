// Plenary rooms: a plenary's screens (member voting screen, control screen, projector, overview, attendance) join
// `plenary:<plenaryId>` after a check that the socket's user may read the plenary, and the secretariat's screens
// also `plenary:<plenaryId>:manage`; the join is acknowledged with the plenary's live state version (see
// plenary-version.ts). Room events carry what the screens show (plenary-events.ts). Members cast their ballots with
// `vote:cast` (acknowledged, idempotent per clientBallotId).
import type { Socket } from 'socket.io';
import { plenaryRoomSchema, voteCastSchema, type PlenaryJoinAck, type VoteCastAck } from '../../schemas/plenary-live';
import { can, type Actor } from '../auth/permissions';
import { activeRoles, getCouncilById } from '../councils/councils';
import { DomainError } from '../errors';
import { getPlenary } from '../plenaries/plenaries';
import { castContext } from '../plenaries/cast-statements';
import { castVote } from '../plenaries/actions/cast-ballot';
import { executeSync } from '../actions/execute';
import { log } from '../log';
import { plenaryVisibleTo } from '../plenaries/visibility';
import { manageRoom, plenaryRoom } from './plenary-count';
import { liveVersion } from './plenary-version';

export { COUNT_MS_PER_SOCKET, COUNT_SLICE, COUNT_THROTTLE_MS, countInterval, manageRoom, plenaryRoom, stopPlenaryTimers } from './plenary-count';
export { routePlenaryEvent } from './plenary-events';

type User = { id: number; isAdmin: boolean } | null;

const actorFor = (user: User, councilId: number): Actor => ({ user: user && { id: user.id, isAdmin: user.isAdmin }, roles: activeRoles(councilId, user?.id) });

function onJoin(socket: Socket, user: User, payload: unknown, ack: (a: PlenaryJoinAck) => void): void {
	const parsed = plenaryRoomSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const detail = getPlenary(parsed.data.plenaryId);
	const council = detail && getCouncilById(detail.plenary.councilId);
	if (!detail || !council) return ack({ ok: false, error: 'not_found' });
	const actor = actorFor(user, council.id);
	if (!can(actor, 'plenaries.read', council) || !plenaryVisibleTo(actor, council, detail.plenary)) return ack({ ok: false, error: 'forbidden' });
	void socket.join(plenaryRoom(detail.plenary.id));
	if (can(actor, 'votes.manage', council)) void socket.join(manageRoom(detail.plenary.id));
	ack({ ok: true, version: liveVersion(detail.plenary.id) });
}

/** The runner's refusal codes as the voting page reads them (VoteCastAck). */
const ACK_CODES: Record<string, string> = {
	common_error_invalid_input: 'invalid',
	common_error_forbidden: 'plenaries_error_forbidden',
	common_error_login_required: 'plenaries_error_forbidden',
	common_error_not_found: 'plenaries_error_not_found'
};

/**
 * A ballot: the declared action votes.cast, run synchronously. The vote's council and the user's roles there come
 * from one prepared query (castContext): casts come by thousands, and the action's scope checks the same again.
 */
function onCast(user: User, payload: unknown): VoteCastAck {
	if (!user) return { ok: false, code: 'plenaries_error_forbidden' };
	const voteId = voteCastSchema.shape.voteId.safeParse((payload as { voteId?: unknown } | null)?.voteId);
	if (!voteId.success) return { ok: false, code: 'invalid' };
	const context = castContext(voteId.data, user.id);
	if (!context) return { ok: false, code: 'plenaries_error_not_found' };
	const actor: Actor = { user: { id: user.id, isAdmin: user.isAdmin }, roles: context.roles };
	const result = executeSync(actor, context.council, castVote, payload);
	return result.ok ? { ok: true, ack: result.data } : { ok: false, code: ACK_CODES[result.code] ?? result.code };
}

/** Wires the plenary handlers of one socket. */
export function registerPlenarySocket(socket: Socket, user: User): void {
	socket.on('plenary:join', (payload: unknown, ack?: (a: PlenaryJoinAck) => void) => {
		const reply = typeof ack === 'function' ? ack : () => {};
		try {
			onJoin(socket, user, payload, reply);
		} catch (err) {
			log.error({ err: String(err) }, 'plenary:join failed');
			reply({ ok: false, error: 'not_found' });
		}
	});
	socket.on('plenary:leave', (payload: unknown) => {
		const parsed = plenaryRoomSchema.safeParse(payload);
		if (!parsed.success) return;
		void socket.leave(plenaryRoom(parsed.data.plenaryId));
		void socket.leave(manageRoom(parsed.data.plenaryId));
	});
	socket.on('vote:cast', (payload: unknown, ack?: (a: VoteCastAck) => void) => {
		const reply = typeof ack === 'function' ? ack : () => {};
		let result: VoteCastAck;
		try {
			result = onCast(user, payload);
		} catch (err) {
			if (err instanceof DomainError) result = { ok: false, code: err.code };
			else {
				log.error({ err: String(err) }, 'vote:cast failed');
				result = { ok: false, code: 'server_error' };
			}
		}
		reply(result);
	});
}
