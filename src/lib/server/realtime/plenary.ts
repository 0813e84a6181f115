// Plenary rooms: a session's screens (member voting screen, control screen, projector) join `plenary:<sessionId>`
// after a check that the socket's user may read the council's sessions, and receive small "what changed" events
// and throttled live counts. Members cast their ballots with `vote:cast` (acknowledged, idempotent per clientBallotId).
import type { Server, Socket } from 'socket.io';
import { plenaryRoomSchema, voteCastSchema, type PlenaryJoinAck, type VoteCastAck, type VoteCountEvent } from '../../schemas/plenary-live';
import type { DomainEvent } from '../events/bus';
import { can, type Actor } from '../auth/permissions';
import { activeRoles, getCouncilById } from '../councils/councils';
import { DomainError } from '../errors';
import { getSession } from '../sessions/plenaries';
import { castContext } from '../sessions/cast-statements';
import { castVote } from '../sessions/actions/cast-ballot';
import { executeSync } from '../actions/execute';
import { liveCount } from '../sessions/vote-status';
import { log } from '../log';

export const plenaryRoom = (sessionId: number) => `plenary:${sessionId}`;

/** At most one live-count computation per vote per this many ms (trailing edge). */
export const COUNT_THROTTLE_MS = 250;
/**
 * A big room stretches that interval by this many ms per socket in it (2,000 sockets: 400 ms, 5,000: 1 s), so that
 * the live counts cost at most ~5,000 socket writes per second and leave the CPU to the ballots (bench/plenary.ts).
 */
export const COUNT_MS_PER_SOCKET = 0.2;

/** The live-count interval for a room of `sockets` sockets. */
export const countInterval = (sockets: number) => Math.max(COUNT_THROTTLE_MS, Math.ceil(sockets * COUNT_MS_PER_SOCKET));

/** Live counts to a big room go out this many sockets at a time, one slice per event-loop turn. */
export const COUNT_SLICE = 250;

/**
 * Sends a live count to the room's sockets in slices (each socket is in the room named by its id), so that ballots
 * arriving meanwhile are acknowledged between two slices instead of waiting for thousands of socket writes.
 */
function emitInSlices(io: Server, room: string, event: string, payload: unknown): void {
	const members = io.sockets?.adapter?.rooms?.get(room);
	if (!members || members.size <= COUNT_SLICE) {
		io.to(room).emit(event, payload);
		return;
	}
	const ids = [...members];
	let start = 0;
	const next = () => {
		const current = io.sockets.adapter.rooms.get(room); // skip sockets that left the room meanwhile
		const slice = ids.slice(start, start + COUNT_SLICE).filter((id) => current?.has(id));
		if (slice.length) io.to(slice).emit(event, payload);
		start += COUNT_SLICE;
		if (start < ids.length) setImmediate(next);
	};
	next();
}

type User = { id: number; isAdmin: boolean } | null;

const actorFor = (user: User, councilId: number): Actor => ({ user: user && { id: user.id, isAdmin: user.isAdmin }, roles: activeRoles(councilId, user?.id) });

function onJoin(socket: Socket, user: User, payload: unknown, ack: (a: PlenaryJoinAck) => void): void {
	const parsed = plenaryRoomSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const detail = getSession(parsed.data.sessionId);
	const council = detail && getCouncilById(detail.session.councilId);
	if (!detail || !council) return ack({ ok: false, error: 'not_found' });
	if (!can(actorFor(user, council.id), 'sessions.read', council)) return ack({ ok: false, error: 'forbidden' });
	void socket.join(plenaryRoom(detail.session.id));
	ack({ ok: true });
}

/** The runner's refusal codes as the voting page reads them (VoteCastAck). */
const ACK_CODES: Record<string, string> = {
	common_error_invalid_input: 'invalid',
	common_error_forbidden: 'sessions_error_forbidden',
	common_error_login_required: 'sessions_error_forbidden',
	common_error_not_found: 'sessions_error_not_found'
};

/**
 * A ballot: the declared action votes.cast, run synchronously. The vote's council and the user's roles there come
 * from one prepared query (castContext): casts come by thousands, and the action's scope checks the same again.
 */
function onCast(user: User, payload: unknown): VoteCastAck {
	if (!user) return { ok: false, code: 'sessions_error_forbidden' };
	const voteId = voteCastSchema.shape.voteId.safeParse((payload as { voteId?: unknown } | null)?.voteId);
	if (!voteId.success) return { ok: false, code: 'invalid' };
	const context = castContext(voteId.data, user.id);
	if (!context) return { ok: false, code: 'sessions_error_not_found' };
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
		if (parsed.success) void socket.leave(plenaryRoom(parsed.data.sessionId));
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

/** Pending live-count timers per server, per vote. */
const pending = new WeakMap<Server, Map<number, ReturnType<typeof setTimeout>>>();

function scheduleCount(io: Server, sessionId: number, voteId: number): void {
	let timers = pending.get(io);
	if (!timers) pending.set(io, (timers = new Map()));
	if (timers.has(voteId)) return;
	const map = timers;
	const sockets = io.sockets?.adapter?.rooms?.get(plenaryRoom(sessionId))?.size ?? 0;
	const timer = setTimeout(() => {
		map.delete(voteId);
		try {
			const count = liveCount(voteId);
			const payload: VoteCountEvent = { sessionId, ...count };
			emitInSlices(io, plenaryRoom(sessionId), 'vote:count', payload);
		} catch (err) {
			log.error({ err: String(err), voteId }, 'vote:count failed');
		}
	}, countInterval(sockets));
	timer.unref?.();
	timers.set(voteId, timer);
}

/** Cancels pending live counts (tests, shutdown). */
export function stopPlenaryTimers(io: Server): void {
	for (const timer of pending.get(io)?.values() ?? []) clearTimeout(timer);
	pending.delete(io);
}

/** Maps plenary and vote domain events to the session's room. */
export function routePlenaryEvent(io: Server, event: DomainEvent): void {
	switch (event.type) {
		case 'plenary.changed':
			io.to(plenaryRoom(event.sessionId)).emit('plenary:changed', { sessionId: event.sessionId, what: event.what });
			break;
		case 'agenda.current':
			io.to(plenaryRoom(event.sessionId)).emit('agenda:current', { sessionId: event.sessionId, itemId: event.itemId });
			break;
		case 'attendance.changed':
			io.to(plenaryRoom(event.sessionId)).emit('attendance:changed', { sessionId: event.sessionId });
			break;
		case 'vote.changed':
			io.to(plenaryRoom(event.sessionId)).emit('vote:changed', { sessionId: event.sessionId, voteId: event.voteId });
			break;
		case 'vote.opened':
			io.to(plenaryRoom(event.sessionId)).emit('vote:opened', { sessionId: event.sessionId, voteId: event.voteId, closesAt: event.closesAt });
			break;
		case 'vote.count':
			scheduleCount(io, event.sessionId, event.voteId);
			break;
		case 'vote.closed':
			io.to(plenaryRoom(event.sessionId)).emit('vote:closed', { sessionId: event.sessionId, voteId: event.voteId, decision: event.decision });
			break;
		case 'vote.published':
			io.to(plenaryRoom(event.sessionId)).emit('vote:published', {
				sessionId: event.sessionId,
				voteId: event.voteId,
				agendaItemId: event.agendaItemId,
				decision: event.decision,
				winners: event.winners
			});
			break;
	}
}
