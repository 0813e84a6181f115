// Plenary benchmark, part 2: socket.io clients (connected in batches, websocket transport), the cast phase
// (every client emits once at a random moment of a window and times the acknowledgement), waiting for a
// broadcast on every client, and small readers for a process's memory and CPU time (/proc).
import fs from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';

export type Stats = { n: number; p50: number; p95: number; p99: number; max: number };

export function stats(values: number[]): Stats {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
	return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.length ? sorted[sorted.length - 1] : NaN };
}

/** A deterministic pseudo-random sequence (mulberry32): every run draws the same moments and choices. */
export function seeded(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function connectOne(url: string, cookie: string | null): Promise<Socket> {
	return new Promise((resolve, reject) => {
		const socket = connect(url, {
			transports: ['websocket'],
			extraHeaders: cookie ? { cookie } : {},
			forceNew: true,
			reconnection: false,
			timeout: 60_000
		});
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', (err) => {
			socket.close();
			reject(err);
		});
	});
}

/** Connects one socket per cookie, `batch` at a time (each socket retried up to 3 times). */
export async function connectAll(url: string, cookies: (string | null)[], batch: number): Promise<Socket[]> {
	const sockets: Socket[] = [];
	for (let start = 0; start < cookies.length; start += batch) {
		const slice = cookies.slice(start, start + batch);
		const connected = await Promise.allSettled(
			slice.map(async (cookie) => {
				for (let attempt = 1; ; attempt++) {
					try {
						return await connectOne(url, cookie);
					} catch (err) {
						if (attempt >= 3) throw new Error(`a client could not connect: ${String(err)}`);
						await sleep(250 * attempt);
					}
				}
			})
		);
		for (const r of connected) if (r.status === 'fulfilled') sockets.push(r.value);
		const failed = connected.find((r) => r.status === 'rejected');
		if (failed) {
			closeAll(sockets);
			throw failed.reason;
		}
	}
	return sockets;
}

export function closeAll(sockets: Socket[]): void {
	for (const s of sockets) s.close();
}

/** Per client: when `event` arrived (ms, performance.now()). Register before triggering the event. */
export function expectOnAll(sockets: Socket[], event: string, accept: (payload: unknown) => boolean = () => true) {
	const times = new Array<number>(sockets.length).fill(NaN);
	let received = 0;
	let done: () => void = () => {};
	const all = new Promise<void>((resolve) => (done = resolve));
	sockets.forEach((s, i) => {
		const listener = (payload: unknown) => {
			if (!Number.isNaN(times[i]) || !accept(payload)) return;
			times[i] = performance.now();
			s.off(event, listener);
			if (++received === sockets.length) done();
		};
		s.on(event, listener);
	});
	return {
		times,
		/** resolves when every client got the event, or after timeoutMs; returns how many got it */
		wait: async (timeoutMs: number) => {
			await Promise.race([all, sleep(timeoutMs)]);
			return received;
		}
	};
}

export type CastOutcome = { latencies: number[]; ok: number; refused: Record<string, number>; timedOut: number; acked: Set<string>; first: number; last: number };

/**
 * Every socket emits `event` once, at a random moment within `windowMs`, and times send → acknowledgement.
 * `payload(i)` gives the payload and its client ballot id; `isOk(ack)` says whether the server accepted it.
 */
export function castPhase(
	sockets: Socket[],
	windowMs: number,
	rand: () => number,
	event: string,
	payload: (i: number) => { body: unknown; clientBallotId: string },
	isOk: (ack: unknown) => true | string
): Promise<CastOutcome> {
	const out: CastOutcome = { latencies: [], ok: 0, refused: {}, timedOut: 0, acked: new Set(), first: Infinity, last: 0 };
	let pending = sockets.length;
	return new Promise((resolve) => {
		const finish = () => {
			if (--pending === 0) resolve(out);
		};
		sockets.forEach((socket, i) => {
			const { body, clientBallotId } = payload(i);
			setTimeout(() => {
				const sent = performance.now();
				out.first = Math.min(out.first, sent);
				socket.timeout(30_000).emit(event, body, (err: unknown, ack: unknown) => {
					const now = performance.now();
					if (err) out.timedOut++;
					else {
						out.latencies.push(now - sent);
						out.last = Math.max(out.last, now);
						const verdict = isOk(ack);
						if (verdict === true) {
							out.ok++;
							out.acked.add(clientBallotId);
						} else out.refused[verdict] = (out.refused[verdict] ?? 0) + 1;
					}
					finish();
				});
			}, rand() * windowMs);
		});
	});
}

/** Resident memory of a process (VmRSS) and its peak (VmHWM), in MiB. */
export function memoryOf(pid: number): { rss: number; peak: number } {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
	return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of 10 ms on Linux). */
export function cpuOf(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}
