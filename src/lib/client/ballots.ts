// The voting device's side of a ballot: client ballot ids (one per intended cast, reused by retries), the secret
// ticket of secret votes (kept in localStorage so that the member can change their ballot until close), and
// sending with retries after a timeout or a dropped connection.
import { castOverSocket } from './plenary';
import type { VoteCastAck } from '$lib/schemas/plenary-live';

function randomBytes(n: number): Uint8Array {
	const bytes = new Uint8Array(n);
	crypto.getRandomValues(bytes);
	return bytes;
}

/** A random UUID v4 (crypto.randomUUID needs a secure context; this does not). */
export function uuid(): string {
	const b = randomBytes(16);
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ticketKey = (voteId: number, representedId: number) => `cocon:ticket:${voteId}:${representedId}`;

/** The device's secret for a secret ballot: created on first use, then read back (256 random bits, base64url). */
export function ticketFor(voteId: number, representedId: number): string {
	const key = ticketKey(voteId, representedId);
	try {
		const known = localStorage.getItem(key);
		if (known) return known;
		const ticket = btoa(String.fromCharCode(...randomBytes(32)))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		localStorage.setItem(key, ticket);
		return ticket;
	} catch {
		return btoa(String.fromCharCode(...randomBytes(32)))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
	}
}

/** Whether this device holds the ticket of a secret ballot (so it may change it). */
export function hasTicket(voteId: number, representedId: number): boolean {
	try {
		return localStorage.getItem(ticketKey(voteId, representedId)) !== null;
	} catch {
		return false;
	}
}

export type SendResult = VoteCastAck | { ok: false; code: 'timeout' };

/**
 * Sends a cast, retrying with the SAME clientBallotId after a timeout (the server never counts it twice).
 * `onRetry` is told of each new attempt.
 */
export async function sendBallot(
	cast: Parameters<typeof castOverSocket>[0],
	{ attempts = 4, timeoutMs = 6000, onRetry }: { attempts?: number; timeoutMs?: number; onRetry?: (attempt: number) => void } = {}
): Promise<SendResult> {
	let last: SendResult = { ok: false, code: 'timeout' };
	for (let attempt = 1; attempt <= attempts; attempt++) {
		if (attempt > 1) {
			onRetry?.(attempt);
			await new Promise((r) => setTimeout(r, 500 * attempt));
		}
		last = await castOverSocket(cast, timeoutMs);
		if (last.ok || (last.code !== 'timeout' && last.code !== 'server_error')) return last;
	}
	return last;
}
