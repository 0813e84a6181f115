// Joining a plenary's room `plenary:<plenaryId>` on the shared socket, and casting a ballot over it. The
// plenary's tabs share one live state that joins the room (src/lib/live/plenary.svelte.ts); a vote's own page
// (votes/[voteId]) joins it here as well: joining is counted, so one leaving never takes the other out.
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

/**
 * Joins the plenary's room; events for other plenaries are ignored. Returns the function that leaves. The plenary
 * layout and a tab's page may both hold the room: leaving is counted (joinRoom), so one never takes the other out.
 */
export function joinPlenary(plenaryId: number, handlers: PlenaryHandlers, options: PlenaryOptions = {}): () => void {
	return joinRoom(
		{
			join: 'plenary:join',
			leave: 'plenary:leave',
			payload: { plenaryId },
			listeners: handlers as Record<string, (payload: never) => void>,
			accept: (event) => event.plenaryId === plenaryId
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
