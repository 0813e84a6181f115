// Live counts to a big plenary room: the interval stretches with the room's size, and the count goes out in slices
// of COUNT_SLICE sockets, one slice per event-loop turn, skipping sockets that left meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Server } from 'socket.io';
import { useTestDatabase } from '../db/client';
import { plenaryFixture } from '../plenaries/test-fixtures';
import { createVote, openVote } from '../plenaries/votes';
import { COUNT_SLICE, COUNT_THROTTLE_MS, countInterval, plenaryRoom, routePlenaryEvent, stopPlenaryTimers } from './plenary';

type Sent = { target: string | string[]; name: string; payload: unknown };

/** A fake socket.io server: one room holding `size` socket ids, recording every emit and its target. */
function fakeServer(room: string, size: number) {
	const sent: Sent[] = [];
	const rooms = new Map<string, Set<string>>([[room, new Set(Array.from({ length: size }, (_, i) => `s${i}`))]]);
	const io = {
		sockets: { adapter: { rooms } },
		to: (target: string | string[]) => ({ emit: (name: string, payload: unknown) => sent.push({ target, name, payload }) })
	} as unknown as Server;
	return { io, sent, members: rooms.get(room)! };
}

function setup(size: number) {
	const f = plenaryFixture();
	const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
	openVote(f.secretariat.user, v.id);
	const room = plenaryRoom(f.plenary.id);
	const fake = fakeServer(room, size);
	const count = () => routePlenaryEvent(fake.io, { type: 'vote.count', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id });
	return { f, v, room, count, ...fake };
}

/** Every socket id that received a count, in order. */
const reached = (sent: Sent[]) => sent.flatMap((s) => (Array.isArray(s.target) ? s.target : [s.target]));

beforeEach(() => {
	useTestDatabase();
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
});

afterEach(() => {
	vi.useRealTimers();
});

describe('countInterval', () => {
	it('keeps the base throttle for small rooms and stretches it by 0.2 ms per socket', () => {
		expect(countInterval(0)).toBe(COUNT_THROTTLE_MS);
		expect(countInterval(1250)).toBe(COUNT_THROTTLE_MS);
		expect(countInterval(2000)).toBe(400);
		expect(countInterval(5000)).toBe(1000);
	});
});

describe('live counts to a big room', () => {
	it('sends a small room its count in one emit to the room', () => {
		const { count, sent, room, io } = setup(COUNT_SLICE);
		count();
		vi.advanceTimersByTime(COUNT_THROTTLE_MS);
		expect(sent).toEqual([{ target: room, name: 'vote:count', payload: expect.objectContaining({ cast: 0 }) }]);
		stopPlenaryTimers(io);
	});

	it('waits the stretched interval, then sends every socket the count once, one slice per turn', () => {
		const size = 5 * COUNT_SLICE + 17; // 1,267 sockets: 6 slices, the last one of 17
		const { count, sent, io, v, f } = setup(size);
		for (let i = 0; i < 50; i++) count(); // a burst of casts: one computation
		vi.advanceTimersByTime(countInterval(size) - 1);
		expect(countInterval(size)).toBeGreaterThan(COUNT_THROTTLE_MS);
		expect(sent).toEqual([]);
		vi.advanceTimersByTime(1);
		// the first slice goes out at once, the others wait for later turns of the event loop
		expect(sent).toHaveLength(1);
		expect(sent[0].target).toHaveLength(COUNT_SLICE);
		vi.runAllTimers();
		expect(sent.map((s) => (s.target as string[]).length)).toEqual([COUNT_SLICE, COUNT_SLICE, COUNT_SLICE, COUNT_SLICE, COUNT_SLICE, 17]);
		const ids = reached(sent);
		expect(new Set(ids).size).toBe(size);
		expect(ids).toHaveLength(size);
		for (const s of sent) expect(s).toMatchObject({ name: 'vote:count', payload: { plenaryId: f.plenary.id, voteId: v.id, cast: 0 } });
		stopPlenaryTimers(io);
	});

	it('skips sockets that left the room between two slices', () => {
		const size = 3 * COUNT_SLICE;
		const { count, sent, io, members } = setup(size);
		count();
		vi.advanceTimersByTime(countInterval(size));
		expect(sent).toHaveLength(1);
		// half of the second slice and all of the third leave before their turn
		for (let i = COUNT_SLICE; i < COUNT_SLICE + COUNT_SLICE / 2; i++) members.delete(`s${i}`);
		for (let i = 2 * COUNT_SLICE; i < size; i++) members.delete(`s${i}`);
		vi.runAllTimers();
		const ids = reached(sent);
		expect(sent).toHaveLength(2);
		expect(ids).toHaveLength(COUNT_SLICE + COUNT_SLICE / 2);
		expect(ids.every((id) => Number(id.slice(1)) < COUNT_SLICE || members.has(id))).toBe(true);
		stopPlenaryTimers(io);
	});
});
