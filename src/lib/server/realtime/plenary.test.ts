import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { count, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { createSession, generateToken, SESSION_COOKIE, validateSessionToken } from '../auth/session';
import { subscribe } from '../events/bus';
import { checkInAll, plenaryFixture, type Fixture } from '../plenaries/test-fixtures';
import { createVote, openVote } from '../plenaries/votes';
import { closeVote } from '../plenaries/close';
import { ballots } from '../plenaries/tables';
import type { PlenaryJoinAck, VoteCastAck, VoteClosedEvent, VoteCountEvent } from '../../schemas/plenary-live';
import { registerPlenarySocket, routePlenaryEvent, stopPlenaryTimers } from './plenary';

let http: HttpServer;
let io: Server;
let unsubscribe: () => void;
let clients: ClientSocket[] = [];
let port = 0;

beforeEach(async () => {
	useTestDatabase();
	http = createServer();
	io = new Server(http);
	io.use((socket, next) => {
		const cookie = socket.handshake.headers.cookie ?? '';
		const token = cookie.startsWith(`${SESSION_COOKIE}=`) ? cookie.slice(SESSION_COOKIE.length + 1) : null;
		socket.data.user = token ? (validateSessionToken(token)?.user ?? null) : null;
		next();
	});
	io.on('connection', (socket) => registerPlenarySocket(socket, socket.data.user));
	unsubscribe = subscribe((event) => routePlenaryEvent(io, event));
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	port = (http.address() as AddressInfo).port;
});

afterEach(async () => {
	for (const c of clients) c.disconnect();
	clients = [];
	unsubscribe();
	stopPlenaryTimers(io);
	await new Promise<void>((resolve) => io.close(() => resolve()));
});

async function client(userId: number | null): Promise<ClientSocket> {
	const headers: Record<string, string> = {};
	if (userId !== null) {
		const token = generateToken();
		createSession(token, userId);
		headers.cookie = `${SESSION_COOKIE}=${token}`;
	}
	const socket = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], extraHeaders: headers, forceNew: true, reconnection: false });
	clients.push(socket);
	await new Promise<void>((resolve, reject) => {
		socket.once('connect', () => resolve());
		socket.once('connect_error', reject);
	});
	return socket;
}

const join = (s: ClientSocket, plenaryId: unknown) => s.emitWithAck('plenary:join', { plenaryId }) as Promise<PlenaryJoinAck>;
const cast = (s: ClientSocket, payload: unknown) => s.emitWithAck('vote:cast', payload) as Promise<VoteCastAck>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function openMotion(f: Fixture) {
	const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
	openVote(f.secretariat.user, v.id);
	return v;
}

const ballotCount = (voteId: number) => db().select({ n: count() }).from(ballots).where(eq(ballots.voteId, voteId)).get()!.n;

describe('plenary rooms', () => {
	it('refuses a private council’s plenaries to outsiders and visitors, lets members in', async () => {
		const f = plenaryFixture({ council: { isPublic: false } });
		const outsider = db().transaction((tx) => insertUser(tx, { email: `out-${randomUUID()}@example.org`, name: 'Outsider' }));
		expect(await join(await client(outsider.id), f.plenary.id)).toEqual({ ok: false, error: 'forbidden' });
		expect(await join(await client(null), f.plenary.id)).toEqual({ ok: false, error: 'forbidden' });
		const member = await client(f.all[0].user.id);
		expect(await join(member, 'x')).toEqual({ ok: false, error: 'invalid' });
		expect(await join(member, 999999)).toEqual({ ok: false, error: 'not_found' });
		expect(await join(member, f.plenary.id)).toEqual({ ok: true, version: expect.any(String) });
		expect(await join(await client(f.observer.user.id), f.plenary.id)).toEqual({ ok: true, version: expect.any(String) });
	});
});

describe('vote:cast', () => {
	it('acknowledges a member’s ballot once, even when retried with the same client ballot id', async () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const s = await client(a.user.id);
		const payload = { voteId: v.id, representedMembershipId: a.membershipId, choice: ['yes'], clientBallotId: randomUUID() };
		const first = await cast(s, payload);
		expect(first).toEqual({
			ok: true,
			ack: {
				voteId: v.id,
				representedMembershipId: a.membershipId,
				clientBallotId: payload.clientBallotId,
				status: 'recorded',
				revision: 1,
				castAt: expect.any(Number),
				receipt: expect.stringMatching(/^[0-9a-f]{12}$/)
			}
		});
		// the retry is the same ballot; its receipt code is shown once (nothing stored links a member to a log entry)
		const again = await cast(s, payload);
		expect(again).toEqual({ ...first, ack: { ...(first as { ack: object }).ack, receipt: null } });
		expect(ballotCount(v.id)).toBe(1);
	});

	it('refuses observers, visitors, bad payloads and domain refusals with a code', async () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		checkInAll(f.plenary.id, [a, f.observer]);
		const v = openMotion(f);
		const good = (membershipId: number) => ({ voteId: v.id, representedMembershipId: membershipId, choice: ['yes'], clientBallotId: randomUUID() });
		expect(await cast(await client(f.observer.user.id), good(f.observer.membershipId))).toEqual({ ok: false, code: 'plenaries_error_forbidden' });
		expect(await cast(await client(null), good(a.membershipId))).toEqual({ ok: false, code: 'plenaries_error_forbidden' });
		const s = await client(a.user.id);
		expect(await cast(s, { ...good(a.membershipId), clientBallotId: 'not-a-uuid' })).toEqual({ ok: false, code: 'invalid' });
		expect(await cast(s, { ...good(a.membershipId), choice: 'yes' })).toEqual({ ok: false, code: 'invalid' });
		expect(await cast(s, null)).toEqual({ ok: false, code: 'invalid' });
		expect(await cast(s, { ...good(a.membershipId), voteId: 999999 })).toEqual({ ok: false, code: 'plenaries_error_not_found' });
		expect(await cast(s, { ...good(a.membershipId), choice: ['maybe'] })).toMatchObject({ ok: false, code: expect.stringMatching(/^plenaries_error_/) });
		// b is not checked in
		expect(await cast(await client(b.user.id), good(b.membershipId))).toEqual({ ok: false, code: 'plenaries_error_not_checked_in' });
		expect(ballotCount(v.id)).toBe(0);
	});
});

describe('room events', () => {
	it('sends throttled live counts and the close to the plenary’s room', async () => {
		const f = plenaryFixture({ perCollege: [3, 2, 2, 1] });
		checkInAll(f.plenary.id, f.all);
		const v = openMotion(f);
		const projector = await client(f.observer.user.id);
		expect(await join(projector, f.plenary.id)).toEqual({ ok: true, version: expect.any(String) });
		const counts: VoteCountEvent[] = [];
		const closed: VoteClosedEvent[] = [];
		projector.on('vote:count', (e: VoteCountEvent) => counts.push(e));
		projector.on('vote:closed', (e: VoteClosedEvent) => closed.push(e));

		const voters = await Promise.all(f.all.map((p) => client(p.user.id)));
		const acks = await Promise.all(voters.map((s, i) => cast(s, { voteId: v.id, representedMembershipId: f.all[i].membershipId, choice: ['yes'], clientBallotId: randomUUID() })));
		expect(acks.every((a) => a.ok)).toBe(true);
		await sleep(600);
		expect(counts.length).toBeGreaterThan(0);
		expect(counts.length).toBeLessThan(f.all.length);
		expect(counts.at(-1)).toMatchObject({ plenaryId: f.plenary.id, voteId: v.id, state: 'open', entitled: f.all.length, cast: f.all.length, online: f.all.length, paper: 0 });

		closeVote(f.secretariat.user, v.id);
		await sleep(100);
		expect(closed).toEqual([{ plenaryId: f.plenary.id, version: expect.any(String), voteId: v.id, decision: expect.any(String) }]);
	});

	it('computes the count once for a burst of count events on one vote', async () => {
		const f = plenaryFixture();
		const v = openMotion(f);
		const sent: [string, string, unknown][] = [];
		const fake = { to: (room: string) => ({ emit: (name: string, payload: unknown) => sent.push([room, name, payload]) }) } as unknown as Server;
		for (let i = 0; i < 2000; i++) routePlenaryEvent(fake, { type: 'vote.count', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id });
		expect(sent).toEqual([]);
		await sleep(350);
		expect(sent).toEqual([[`plenary:${f.plenary.id}`, 'vote:count', expect.objectContaining({ voteId: v.id, cast: 0 })]]);
		stopPlenaryTimers(fake);
	});

	it('sends nothing to sockets outside the room', async () => {
		const f = plenaryFixture();
		checkInAll(f.plenary.id, [f.all[0]]);
		const v = openMotion(f);
		const outside = await client(f.observer.user.id);
		const seen: string[] = [];
		outside.onAny((name: string) => seen.push(name));
		await cast(await client(f.all[0].user.id), { voteId: v.id, representedMembershipId: f.all[0].membershipId, choice: ['no'], clientBallotId: randomUUID() });
		closeVote(f.secretariat.user, v.id);
		await sleep(400);
		expect(seen).toEqual([]);
	});
});
