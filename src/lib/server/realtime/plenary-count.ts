// Plenary rooms and live counts. A plenary's screens join `plenary:<plenaryId>`; the secretariat's also join
// `plenary:<plenaryId>:manage`. Live counts are throttled per vote, computed once and sent to the room in slices;
// the control screen's "not voted yet" list of a named vote follows with them, to the secretariat's room only.
import type { Server } from 'socket.io';
import type { NotVotedEvent, VoteCountEvent } from '../../schemas/plenary-live';
import { liveCount } from '../plenaries/vote-status';
import { notVotedOf } from '../plenaries/live-state';
import { voteRow } from '../plenaries/access';
import { db } from '../db/client';
import { log } from '../log';

export const plenaryRoom = (plenaryId: number) => `plenary:${plenaryId}`;
export const manageRoom = (plenaryId: number) => `plenary:${plenaryId}:manage`;

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

/** Pending live-count timers per server, per vote. */
const pending = new WeakMap<Server, Map<number, ReturnType<typeof setTimeout>>>();

/** The not-voted list for the secretariat's room, when someone is in it and the vote is named. */
function sendNotVoted(io: Server, plenaryId: number, voteId: number): void {
	if (!io.sockets?.adapter?.rooms?.get(manageRoom(plenaryId))?.size) return;
	const vote = voteRow(db(), voteId);
	if (vote.secrecy !== 'named') return;
	const payload: NotVotedEvent = { plenaryId, voteId, notVoted: notVotedOf(vote) };
	io.to(manageRoom(plenaryId)).emit('vote:not-voted', payload);
}

export function scheduleCount(io: Server, plenaryId: number, voteId: number): void {
	let timers = pending.get(io);
	if (!timers) pending.set(io, (timers = new Map()));
	if (timers.has(voteId)) return;
	const map = timers;
	const sockets = io.sockets?.adapter?.rooms?.get(plenaryRoom(plenaryId))?.size ?? 0;
	const timer = setTimeout(() => {
		map.delete(voteId);
		try {
			const count = liveCount(voteId);
			const payload: VoteCountEvent = { plenaryId, ...count };
			emitInSlices(io, plenaryRoom(plenaryId), 'vote:count', payload);
			sendNotVoted(io, plenaryId, voteId);
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
