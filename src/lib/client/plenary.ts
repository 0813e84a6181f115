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
import { getSocket } from './realtime';

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

export type PlenaryOptions = { onJoined?: (ack: PlenaryJoinAck) => void; onResync?: () => void; onStatus?: (connected: boolean) => void };

/** How many subscribers of this page hold each session's room: the room is left when the last one leaves. */
const holders = new Map<number, number>();

/**
 * Joins the session's room; events for other sessions are ignored. Returns the function that leaves. Several
 * subscribers (the session layout and a tab's page) may hold the same room: leaving is counted, so one leaving
 * never takes the others out of it.
 */
export function joinPlenary(sessionId: number, handlers: PlenaryHandlers, options: PlenaryOptions = {}): () => void {
	const s = getSocket();
	let hadConnected = s.connected;
	const doJoin = () => s.emit('plenary:join', { sessionId }, (ack: PlenaryJoinAck) => options.onJoined?.(ack));
	const onConnect = () => {
		options.onStatus?.(true);
		doJoin();
		if (hadConnected) options.onResync?.();
		hadConnected = true;
	};
	const onDisconnect = () => options.onStatus?.(false);
	const wrapped = Object.entries(handlers).map(([event, handler]) => {
		const listener = (payload: { sessionId?: number }) => {
			if (payload?.sessionId === sessionId) (handler as (p: unknown) => void)(payload);
		};
		return [event, listener] as const;
	});
	s.on('connect', onConnect);
	s.on('disconnect', onDisconnect);
	for (const [event, listener] of wrapped) s.on(event, listener);
	if (s.connected) {
		options.onStatus?.(true);
		doJoin();
	}
	holders.set(sessionId, (holders.get(sessionId) ?? 0) + 1);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		const remaining = (holders.get(sessionId) ?? 1) - 1;
		if (remaining > 0) holders.set(sessionId, remaining);
		else {
			holders.delete(sessionId);
			s.emit('plenary:leave', { sessionId });
		}
		s.off('connect', onConnect);
		s.off('disconnect', onDisconnect);
		for (const [event, listener] of wrapped) s.off(event, listener);
	};
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
