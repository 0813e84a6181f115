// What a socket may do before any handler runs (issue #14): where it may come from, how many may come from one
// address, and how many events one socket may send.
//
// Origin rule: a handshake that carries an Origin header is accepted only when that Origin is the site's
// ORIGIN. Browsers always send Origin on WebSocket and cross-origin requests, so another site cannot open a
// socket with a visitor's session cookie. A handshake without Origin comes from a non-browser client (the
// benchmarks, scripts): it is accepted, since such a client could forge any Origin anyway and holds only the
// cookie it was given.
//
// Connections: at most SOCKET_MAX_PER_ADDRESS open at once from one client address (500 by default: a whole
// assembly behind one venue's Wi-Fi shares an address).
//
// Events: each socket has a token bucket (a burst of EVENT_LIMITS.eventBurst events, refilled at eventsPerSecond).
// An event over the limit is refused (its acknowledgement, if it asked for one, says `rate_limited`) and never
// reaches a handler; a socket that keeps sending after many refusals is disconnected. Joining rooms and casting
// a ballot are a handful of events, far inside the burst: a member voting normally is never limited.
import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';

export class TokenBucket {
	private tokens: number;
	private last: number;

	constructor(
		private readonly capacity: number,
		private readonly perSecond: number,
		now = Date.now()
	) {
		this.tokens = capacity;
		this.last = now;
	}

	/** Takes one token if there is one. */
	take(now = Date.now()): boolean {
		this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
		this.last = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}

/** Open connections per client address. */
export class ConnectionCounter {
	private open = new Map<string, number>();

	constructor(private readonly max: number) {}

	allows(address: string): boolean {
		return (this.open.get(address) ?? 0) < this.max;
	}

	add(address: string): void {
		this.open.set(address, (this.open.get(address) ?? 0) + 1);
	}

	remove(address: string): void {
		const n = (this.open.get(address) ?? 0) - 1;
		if (n > 0) this.open.set(address, n);
		else this.open.delete(address);
	}

	count(address: string): number {
		return this.open.get(address) ?? 0;
	}
}

/** See the origin rule at the top of this file. */
export function originAllowed(origin: string | undefined, siteOrigin: string): boolean {
	if (origin === undefined || origin === '') return true;
	return origin === new URL(siteOrigin).origin;
}

/**
 * The client address of a handshake: the socket's peer, or, behind a reverse proxy, the header adapter-node is
 * told to trust (ADDRESS_HEADER, with XFF_DEPTH for X-Forwarded-For), as the login limit does.
 */
export function handshakeAddress(req: IncomingMessage, env: NodeJS.ProcessEnv = process.env): string {
	const header = env.ADDRESS_HEADER?.toLowerCase();
	const raw = header ? req.headers[header] : undefined;
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (header && value) {
		if (header !== 'x-forwarded-for') return value.trim();
		const parts = value.split(',').map((p) => p.trim());
		const depth = Math.max(1, Number.parseInt(env.XFF_DEPTH ?? '1', 10) || 1);
		return parts[Math.max(0, parts.length - depth)];
	}
	return req.socket?.remoteAddress ?? 'unknown';
}

/** A browser sends a few events per page (joining and leaving rooms, a ballot): these leave a wide margin. */
export const EVENT_LIMITS = { eventBurst: 60, eventsPerSecond: 10, refusalsBeforeDisconnect: 200 } as const;

export type SocketLimits = {
	origin: string;
	maxPerAddress: number;
	eventBurst: number;
	eventsPerSecond: number;
	/** Refused events after which the socket is disconnected. */
	refusalsBeforeDisconnect: number;
};

/**
 * Installs the origin check and the connection count on the engine (before any socket.io connection exists)
 * and the event limit on every socket. Set on the running server here, rather than where the server is
 * created (src/server/start.js, the Vite plugin), so that the rule lives with the realtime module and its config.
 */
export function installSocketLimits(io: Server, limits: SocketLimits): ConnectionCounter {
	const counter = new ConnectionCounter(limits.maxPerAddress);
	io.engine.opts.allowRequest = (req, callback) => {
		if (!originAllowed(req.headers.origin, limits.origin)) return callback('origin_refused', false);
		if (!counter.allows(handshakeAddress(req))) return callback('too_many_connections', false);
		callback(null, true);
	};
	io.engine.on('connection', (engineSocket: { request: IncomingMessage; once: (e: string, fn: () => void) => void }) => {
		const address = handshakeAddress(engineSocket.request);
		counter.add(address);
		engineSocket.once('close', () => counter.remove(address));
	});
	io.on('connection', (socket) => limitEvents(socket, limits));
	return counter;
}

/** The per-socket token bucket; see the top of this file. */
export function limitEvents(socket: Socket, limits: Pick<SocketLimits, 'eventBurst' | 'eventsPerSecond' | 'refusalsBeforeDisconnect'>): void {
	const bucket = new TokenBucket(limits.eventBurst, limits.eventsPerSecond);
	let refused = 0;
	socket.use((packet, next) => {
		if (bucket.take()) return next();
		refused++;
		const ack = packet[packet.length - 1];
		if (typeof ack === 'function') ack({ ok: false, error: 'rate_limited' });
		if (refused >= limits.refusalsBeforeDisconnect) socket.disconnect(true);
	});
}
