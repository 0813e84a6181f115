import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { ConnectionCounter, handshakeAddress, installSocketLimits, originAllowed, TokenBucket, type SocketLimits } from './limits';

describe('TokenBucket', () => {
	it('allows a burst, then refills at its rate', () => {
		const bucket = new TokenBucket(3, 2, 0);
		expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
		expect(bucket.take(400)).toBe(false); // 0.8 token
		expect(bucket.take(500)).toBe(true); // 1 token after half a second at 2/s
		expect(bucket.take(500)).toBe(false);
		// never more than the burst, however long it rested
		const rested = [...Array(5)].map(() => bucket.take(60_000));
		expect(rested).toEqual([true, true, true, false, false]);
	});
});

describe('ConnectionCounter', () => {
	it('counts open connections per address up to its maximum', () => {
		const counter = new ConnectionCounter(2);
		counter.add('a');
		expect(counter.allows('a')).toBe(true);
		counter.add('a');
		expect(counter.allows('a')).toBe(false);
		expect(counter.allows('b')).toBe(true);
		counter.remove('a');
		expect(counter.allows('a')).toBe(true);
		counter.remove('a');
		expect(counter.count('a')).toBe(0);
	});
});

describe('originAllowed', () => {
	it('accepts the site origin and a missing Origin (non-browser clients), refuses any other', () => {
		expect(originAllowed('https://cocon.example.org', 'https://cocon.example.org')).toBe(true);
		expect(originAllowed('https://cocon.example.org', 'https://cocon.example.org/')).toBe(true);
		expect(originAllowed(undefined, 'https://cocon.example.org')).toBe(true);
		expect(originAllowed('https://evil.example', 'https://cocon.example.org')).toBe(false);
		expect(originAllowed('http://cocon.example.org', 'https://cocon.example.org')).toBe(false);
		expect(originAllowed('null', 'https://cocon.example.org')).toBe(false);
	});
});

describe('handshakeAddress', () => {
	const req = (headers: Record<string, string>, remoteAddress = '10.0.0.1') => ({ headers, socket: { remoteAddress } }) as never;
	it('uses the peer address, or the trusted proxy header when one is configured', () => {
		expect(handshakeAddress(req({ 'x-forwarded-for': '1.2.3.4' }), {})).toBe('10.0.0.1');
		expect(handshakeAddress(req({ 'x-forwarded-for': '6.6.6.6, 1.2.3.4' }), { ADDRESS_HEADER: 'X-Forwarded-For' })).toBe('1.2.3.4');
		expect(handshakeAddress(req({ 'x-forwarded-for': '6.6.6.6, 1.2.3.4, 10.0.0.2' }), { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '2' })).toBe('1.2.3.4');
		expect(handshakeAddress(req({ 'x-real-ip': '5.5.5.5' }), { ADDRESS_HEADER: 'x-real-ip' })).toBe('5.5.5.5');
	});
});

describe('installSocketLimits on a real socket.io server', () => {
	let server: http.Server;
	let io: Server;
	const clients: ClientSocket[] = [];
	let handled = 0;

	async function start(limits: Partial<SocketLimits> = {}) {
		server = http.createServer();
		io = new Server(server);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		installSocketLimits(io, { origin, maxPerAddress: 50, eventBurst: 20, eventsPerSecond: 5, refusalsBeforeDisconnect: 30, ...limits });
		io.on('connection', (socket) =>
			socket.on('work', (_p: unknown, ack?: (a: unknown) => void) => {
				handled++;
				ack?.({ ok: true });
			})
		);
		handled = 0;
		return origin;
	}

	function client(origin: string, headers: Record<string, string> = {}, transports = ['websocket']): ClientSocket {
		const socket = connect(origin, { transports, extraHeaders: headers, reconnection: false, forceNew: true });
		clients.push(socket);
		return socket;
	}

	const outcome = (socket: ClientSocket) =>
		new Promise<string>((resolve) => {
			socket.once('connect', () => resolve('connected'));
			socket.once('connect_error', (e) => resolve(`refused: ${e.message}`));
		});

	afterEach(async () => {
		for (const c of clients.splice(0)) c.close();
		await new Promise<void>((resolve) => io.close(() => resolve()));
	});

	it('refuses a handshake from another origin, over websocket and polling alike, and accepts the site origin or none', async () => {
		const origin = await start();
		expect(await outcome(client(origin, { origin: 'https://evil.example' }))).toMatch(/^refused/);
		expect(await outcome(client(origin, { origin: 'https://evil.example' }, ['polling']))).toMatch(/^refused/);
		expect(await outcome(client(origin, { origin }))).toBe('connected');
		expect(await outcome(client(origin))).toBe('connected');
	});

	it('refuses connections past the maximum per address, and lets a new one in once one closes', async () => {
		const origin = await start({ maxPerAddress: 2 });
		const a = client(origin);
		expect(await outcome(a)).toBe('connected');
		expect(await outcome(client(origin))).toBe('connected');
		expect(await outcome(client(origin))).toMatch(/^refused/);
		a.close();
		await new Promise((r) => setTimeout(r, 100));
		expect(await outcome(client(origin))).toBe('connected');
	});

	it('lets a burst through, refuses a flood with rate_limited and disconnects the flooding socket', async () => {
		const origin = await start();
		const socket = client(origin);
		await outcome(socket);
		const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
		const acks: unknown[] = [];
		for (let i = 0; i < 200; i++) socket.emit('work', i, (a: unknown) => acks.push(a));
		expect(await disconnected).toBe('io server disconnect');
		// at most the burst (20) and a few refilled tokens could reach the handler; 30 refusals cut the socket off
		expect(handled).toBeLessThanOrEqual(25);
		expect(acks.filter((a) => (a as { error?: string }).error === 'rate_limited')).toHaveLength(30);
	});

	it('never limits a client that sends a few events, such as joining a room and casting a ballot', async () => {
		const origin = await start();
		const socket = client(origin);
		await outcome(socket);
		const acks = await Promise.all([...Array(5)].map((_, i) => socket.timeout(2000).emitWithAck('work', i)));
		expect(acks).toEqual([...Array(5)].map(() => ({ ok: true })));
		expect(socket.connected).toBe(true);
	});
});
