// A plenary session's screens (session page, member voting screen, control screen, projector) join the room
// `plenary:<sessionId>` on the shared socket. After a reconnection they rejoin and call onResync, so the page
// refreshes what it shows (invalidate / invalidateAll) without a reload.
import type {
	AgendaCurrentEvent,
	AttendanceChangedEvent,
	PlenaryChangedEvent,
	PlenaryJoinAck,
	VoteCast,
	VoteCastAck,
	VoteChangedEvent,
	VoteClosedEvent,
	VoteCountEvent,
	VoteOpenedEvent,
	VotePublishedEvent
} from '$lib/schemas/plenary-live';
import { getSocket, joinRoom, type RoomOptions } from './realtime';

export type PlenaryHandlers = Partial<{
	'plenary:changed': (e: PlenaryChangedEvent) => void;
	'agenda:current': (e: AgendaCurrentEvent) => void;
	'attendance:changed': (e: AttendanceChangedEvent) => void;
	'vote:changed': (e: VoteChangedEvent) => void;
	'vote:opened': (e: VoteOpenedEvent) => void;
	'vote:count': (e: VoteCountEvent) => void;
	'vote:closed': (e: VoteClosedEvent) => void;
	'vote:published': (e: VotePublishedEvent) => void;
}>;

export type PlenaryOptions = RoomOptions<PlenaryJoinAck>;

/** The events after which a plenary screen reloads its data: a vote's state, the current item, the session. */
export function refreshOn(refresh: () => unknown): PlenaryHandlers {
	return { 'vote:opened': refresh, 'vote:changed': refresh, 'vote:published': refresh, 'agenda:current': refresh, 'plenary:changed': refresh };
}

/**
 * Joins the session's room; events for other sessions are ignored. Returns the function that leaves. The session
 * layout and a tab's page may both hold the room: leaving is counted (joinRoom), so one never takes the other out.
 */
export function joinPlenary(sessionId: number, handlers: PlenaryHandlers, options: PlenaryOptions = {}): () => void {
	return joinRoom(
		{
			join: 'plenary:join',
			leave: 'plenary:leave',
			payload: { sessionId },
			listeners: handlers as Record<string, (payload: never) => void>,
			accept: (event) => event.sessionId === sessionId
		},
		options
	);
}

/**
 * Sends a ballot and waits for the server's acknowledgement. A dropped connection or a timeout resolves with
 * { ok: false, code: 'timeout' }: send again with the SAME clientBallotId, and the server never counts it twice.
 */
export function castOverSocket(cast: VoteCast, timeoutMs = 8000): Promise<VoteCastAck | { ok: false; code: 'timeout' }> {
	const s = getSocket();
	return new Promise((resolve) => {
		s.timeout(timeoutMs).emit('vote:cast', cast, (err: Error | null, ack: VoteCastAck) => resolve(err ? { ok: false, code: 'timeout' } : ack));
	});
}
