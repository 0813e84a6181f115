// Delays before a live page's catch-up attempts: the first one spread over a second (hundreds of screens that
// reconnect together do not all ask at once), then doubling up to 15 s, each with up to half again at random.
export const FIRST_SPREAD_MS = 1000;
export const BASE_MS = 1000;
export const MAX_MS = 15_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
	if (attempt <= 0) return Math.round(random() * FIRST_SPREAD_MS);
	const base = Math.min(MAX_MS, BASE_MS * 2 ** (attempt - 1));
	return Math.round(base + random() * base * 0.5);
}
