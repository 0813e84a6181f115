// The browser's live state of a plenary: room events update it without any data load; after a reconnection with
// another version it catches up once (jittered, retried with backoff on failure), and with the same version not at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveSnapshot } from '$lib/plenary/live-types';
import type { AttendanceChangedEvent, PlenaryJoinAck, VoteOpenedEvent } from '$lib/schemas/plenary-live';

const socket = vi.hoisted(() => ({
	room: null as null | { listeners: Record<string, (p: unknown) => void>; options: { onJoined?: (a: PlenaryJoinAck) => void; onStatus?: (c: boolean) => void } },
	on: () => {},
	off: () => {},
	emit: () => {},
	connected: true
}));
vi.mock('$lib/client/realtime', () => ({
	getSocket: () => socket,
	joinRoom: (room: { listeners: Record<string, (p: unknown) => void> }, options: object) => {
		socket.room = { listeners: room.listeners, options };
		return () => {};
	}
}));

const { PlenaryLive } = await import('./plenary.svelte');
const { backoffDelay } = await import('./backoff');

const summary = (present: number): LiveSnapshot['attendance'] => ({
	plenaryId: 7,
	entitled: 10,
	present,
	inRoom: present,
	remote: 0,
	represented: 0,
	presentOrRepresented: present,
	attendees: present,
	quorum: { kind: 'count', value: 6, entitled: 10, counted: present, required: 6, reached: present >= 6 },
	byCollege: []
});

function snapshot(version: string, present = 0): LiveSnapshot {
	return {
		version,
		plenary: { id: 7, title: 'Plénière', description: '', kind: 'ordinary', state: 'open', startsAt: 0, endsAt: null, place: '', onlineUrl: '', currentItemId: null },
		agenda: [],
		currentItem: null,
		attendance: summary(present),
		open: [],
		last: null,
		me: null
	};
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('window', new EventTarget());
	fetchMock = vi.fn();
	vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const ok = (body: unknown) => Promise.resolve({ ok: true, json: () => Promise.resolve(body) } as Response);

describe('PlenaryLive', () => {
	it('applies a check-in from its event: new aggregates, no data load', async () => {
		const live = new PlenaryLive(snapshot('e.1'), () => '/c/x/sessions/7/live.json');
		live.start();
		const e: AttendanceChangedEvent = { plenaryId: 7, version: 'e.2', what: 'presence', summary: summary(1), rows: [] };
		const seen: unknown[] = [];
		live.on('attendance:changed', (p) => seen.push(p));
		socket.room!.listeners['attendance:changed'](e);
		expect(live.snap.attendance.present).toBe(1);
		expect(live.snap.version).toBe('e.2');
		expect(seen).toEqual([e]);
		await vi.runAllTimersAsync();
		expect(fetchMock).not.toHaveBeenCalled();
		expect(live.status).toBe('live');
	});

	it('shows an opened vote from the event alone', () => {
		const live = new PlenaryLive(snapshot('e.1'), () => '/x');
		live.start();
		const card = { vote: { id: 3, question: 'Adopter ?' }, indicators: [], decides: [], count: { voteId: 3 } } as unknown as VoteOpenedEvent['card'];
		socket.room!.listeners['vote:opened']({ plenaryId: 7, version: 'e.2', voteId: 3, closesAt: null, card });
		expect(live.snap.open.map((o) => o.vote.id)).toEqual([3]);
		socket.room!.listeners['vote:closed']({ plenaryId: 7, version: 'e.3', voteId: 3, decision: 'adopted' });
		expect(live.snap.open).toEqual([]);
		expect(fetchMock).not.toHaveBeenCalled();
	});

	it('rejoining with the same version loads nothing; with another one it catches up once', async () => {
		const live = new PlenaryLive(snapshot('e.1'), () => '/c/x/sessions/7/live.json');
		live.start();
		socket.room!.options.onJoined!({ ok: true, version: 'e.1' });
		await vi.runAllTimersAsync();
		expect(fetchMock).not.toHaveBeenCalled();

		fetchMock.mockImplementation(() => ok({ live: snapshot('e.9', 4) }));
		// two reconnections in a row before the catch-up runs: one fetch
		socket.room!.options.onJoined!({ ok: true, version: 'e.9' });
		socket.room!.options.onJoined!({ ok: true, version: 'e.9' });
		expect(live.status).toBe('reconnecting');
		await vi.runAllTimersAsync();
		expect(fetchMock).toHaveBeenCalledTimes(1);
		expect(fetchMock.mock.calls[0][0]).toBe('/c/x/sessions/7/live.json');
		expect(live.snap.version).toBe('e.9');
		expect(live.snap.attendance.present).toBe(4);
		expect(live.status).toBe('live');
		socket.room!.options.onJoined!({ ok: true, version: 'e.9' });
		await vi.runAllTimersAsync();
		expect(fetchMock).toHaveBeenCalledTimes(1);
		expect(live.catchUps).toBe(1);
	});

	it('keeps its state and retries with backoff when the catch-up fails, and adds the page’s own part', async () => {
		const live = new PlenaryLive(snapshot('e.1', 2), () => '/live.json');
		live.start();
		const rows: unknown[] = [];
		live.catchUpWith({ query: 'control=1', apply: (body) => rows.push(body.control) });
		fetchMock.mockImplementationOnce(() => Promise.reject(new TypeError('Failed to fetch')));
		fetchMock.mockImplementationOnce(() => Promise.resolve({ ok: false, status: 502 } as Response));
		fetchMock.mockImplementation(() => ok({ live: snapshot('e.5', 3), control: ['row'] }));
		socket.room!.options.onJoined!({ ok: true, version: 'e.5' });
		await vi.advanceTimersByTimeAsync(1000);
		expect(fetchMock).toHaveBeenCalledTimes(1);
		expect(live.status).toBe('reconnecting');
		expect(live.snap.attendance.present).toBe(2); // what it had, meanwhile
		await vi.runAllTimersAsync();
		expect(fetchMock).toHaveBeenCalledTimes(3);
		expect(fetchMock.mock.calls[2][0]).toBe('/live.json?control=1');
		expect(live.snap.attendance.present).toBe(3);
		expect(rows).toEqual([['row']]);
		expect(live.status).toBe('live');
	});

	it('says "reconnecting" while the socket is down', () => {
		const live = new PlenaryLive(snapshot('e.1'), () => '/x');
		live.start();
		socket.room!.options.onStatus!(false);
		expect(live.status).toBe('reconnecting');
		socket.room!.options.onStatus!(true);
		expect(live.status).toBe('live');
	});
});

describe('backoffDelay', () => {
	it('spreads the first attempt over a second, then doubles up to 15 s with up to half again at random', () => {
		expect(backoffDelay(0, () => 0)).toBe(0);
		expect(backoffDelay(0, () => 0.999)).toBeLessThan(1000);
		expect(backoffDelay(1, () => 0)).toBe(1000);
		expect(backoffDelay(2, () => 0)).toBe(2000);
		expect(backoffDelay(3, () => 1)).toBe(6000);
		expect(backoffDelay(10, () => 0)).toBe(15_000);
		expect(backoffDelay(10, () => 1)).toBe(22_500);
	});
});
