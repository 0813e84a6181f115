// Login attempt limits, per account and per address, over a sliding window of failures.
// A locked account stays open to addresses that have not failed against it (see pairLimiter).
import { config } from '../config';

/** Above this many keys, failures older than the window are swept so that the map cannot grow without bound. */
const SWEEP_ABOVE = 10_000;

export class FailureLimiter {
	private failures = new Map<string, number[]>();

	constructor(
		private readonly max: number,
		private readonly windowMs: number
	) {}

	private recent(key: string, now: number): number[] {
		const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
		if (list.length) this.failures.set(key, list);
		else this.failures.delete(key);
		return list;
	}

	/** Milliseconds until the key may try again, or 0 when it may try now. */
	retryAfter(key: string, now = Date.now()): number {
		const list = this.recent(key, now);
		if (list.length < this.max) return 0;
		return list[list.length - this.max] + this.windowMs - now;
	}

	fail(key: string, now = Date.now()): void {
		this.failures.set(key, [...this.recent(key, now), now]);
		if (this.failures.size > SWEEP_ABOVE) this.sweep(now);
	}

	reset(key: string): void {
		this.failures.delete(key);
	}

	/** How many keys have failures on record (for tests and monitoring). */
	get size(): number {
		return this.failures.size;
	}

	/** Forgets every failure older than the window. */
	sweep(now = Date.now()): void {
		for (const key of [...this.failures.keys()]) this.recent(key, now);
	}
}

const windowMs = config.loginWindowMinutes * 60 * 1000;
export const accountLimiter = new FailureLimiter(config.loginMaxPerAccount, windowMs);
export const addressLimiter = new FailureLimiter(config.loginMaxPerAddress, windowMs);
/**
 * Failures of one address against one account. While an account is locked by its own limit, only the
 * addresses that have failed against it are refused: someone guessing a person's password cannot lock that
 * person out of their own account from elsewhere.
 */
export const pairLimiter = new FailureLimiter(1, windowMs);
