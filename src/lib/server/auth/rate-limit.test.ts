import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { config } from '../config';
import { FailureLimiter } from './rate-limit';
import { authenticate, createUser } from './users';

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const WINDOW = config.loginWindowMinutes * MINUTE;
const PER_ACCOUNT = config.loginMaxPerAccount;
const PER_ADDRESS = config.loginMaxPerAddress;

describe('FailureLimiter', () => {
	it('lets a key try until it has failed max times within the window', () => {
		const limiter = new FailureLimiter(3, 10 * MINUTE);
		limiter.fail('k', T0);
		limiter.fail('k', T0 + MINUTE);
		expect(limiter.retryAfter('k', T0 + MINUTE)).toBe(0);
		limiter.fail('k', T0 + 2 * MINUTE);
		// The oldest of the last three failures leaves the window at T0 + 10 min.
		expect(limiter.retryAfter('k', T0 + 2 * MINUTE)).toBe(8 * MINUTE);
		expect(limiter.retryAfter('other', T0 + 2 * MINUTE)).toBe(0);
		expect(limiter.retryAfter('k', T0 + 10 * MINUTE - 1)).toBe(1);
		expect(limiter.retryAfter('k', T0 + 10 * MINUTE)).toBe(0);
	});

	it('forgets a key on reset', () => {
		const limiter = new FailureLimiter(2, 10 * MINUTE);
		limiter.fail('k', T0);
		limiter.fail('k', T0);
		expect(limiter.retryAfter('k', T0)).toBeGreaterThan(0);
		limiter.reset('k');
		expect(limiter.retryAfter('k', T0)).toBe(0);
	});

	it('sweeps failures older than the window so that memory stays bounded', () => {
		const limiter = new FailureLimiter(5, MINUTE);
		for (let i = 0; i < 100; i++) limiter.fail(`sprayed-${i}`, T0);
		limiter.fail('recent', T0 + 2 * MINUTE);
		limiter.sweep(T0 + 2 * MINUTE);
		expect(limiter.size).toBe(1);
	});
});

describe('authenticate', () => {
	const PASSWORD = 'correct horse battery staple';
	let n = 0;
	/** Each test uses its own account and address: the limiters are process-wide. */
	let email: string;
	let address: string;
	beforeEach(async () => {
		useTestDatabase();
		n++;
		email = `person${n}@example.org`;
		address = `192.0.2.${n}`;
		await createUser({ email, name: 'Person', password: PASSWORD });
	});

	it('accepts the right password, whatever the case and spaces of the email', async () => {
		const result = await authenticate(`  ${email.toUpperCase()} `, PASSWORD, address, T0);
		expect(result.ok && result.user.email).toBe(email);
		expect(await authenticate(email, 'wrong password', address, T0)).toEqual({ ok: false, reason: 'invalid' });
		expect(await authenticate('nobody@example.org', PASSWORD, address, T0)).toEqual({ ok: false, reason: 'invalid' });
	});

	it(`refuses the next attempt after ${PER_ACCOUNT} failures on one account from an address that failed, even with the right password`, async () => {
		for (let i = 0; i < PER_ACCOUNT; i++) {
			expect(await authenticate(email, `wrong ${i}`, `198.51.100.${i}`, T0 + i * 1000)).toEqual({ ok: false, reason: 'invalid' });
		}
		const refused = await authenticate(email, PASSWORD, '198.51.100.0', T0 + 10_000);
		expect(refused).toMatchObject({ ok: false, reason: 'rate_limited' });
		// Once the window has passed since the failures, the right password works again.
		const later = await authenticate(email, PASSWORD, '198.51.100.0', T0 + (PER_ACCOUNT - 1) * 1000 + WINDOW);
		expect(later.ok).toBe(true);
	});

	it('lets the right password through from an address that has not failed against the locked account', async () => {
		// Someone elsewhere tries to lock the person out of their account.
		for (let i = 0; i < PER_ACCOUNT + 3; i++) await authenticate(email, `wrong ${i}`, '198.51.100.77', T0 + i * 1000);
		expect(await authenticate(email, PASSWORD, '198.51.100.77', T0 + 20_000)).toMatchObject({ reason: 'rate_limited' });
		// The owner, from their own address, still gets in.
		expect((await authenticate(email, PASSWORD, address, T0 + 20_000)).ok).toBe(true);
	});

	it('gives each fresh address one guess against a locked account, then refuses it too', async () => {
		for (let i = 0; i < PER_ACCOUNT; i++) await authenticate(email, 'wrong', '198.51.100.78', T0);
		expect(await authenticate(email, 'still wrong', '198.51.100.79', T0 + 1000)).toEqual({ ok: false, reason: 'invalid' });
		expect(await authenticate(email, PASSWORD, '198.51.100.79', T0 + 2000)).toMatchObject({ reason: 'rate_limited' });
	});

	it('counts the minutes left, rounded up, and never says 0', async () => {
		for (let i = 0; i < PER_ACCOUNT; i++) await authenticate(email, 'wrong', address, T0);
		expect(await authenticate(email, PASSWORD, address, T0 + WINDOW - 90_000)).toMatchObject({ retryAfterMinutes: 2 });
		expect(await authenticate(email, PASSWORD, address, T0 + WINDOW - 1)).toMatchObject({ retryAfterMinutes: 1 });
		expect((await authenticate(email, PASSWORD, address, T0 + WINDOW)).ok).toBe(true);
	});

	it(`limits one address to ${PER_ADDRESS} failures across different accounts`, async () => {
		for (let i = 0; i < PER_ADDRESS; i++) {
			expect(await authenticate(`unknown-${n}-${i}@example.org`, 'guess', address, T0)).toEqual({ ok: false, reason: 'invalid' });
		}
		const refused = await authenticate(email, PASSWORD, address, T0 + 1000);
		expect(refused).toMatchObject({ ok: false, reason: 'rate_limited' });
		// The account itself is not blocked from another address.
		expect((await authenticate(email, PASSWORD, '203.0.113.250', T0 + 1000)).ok).toBe(true);
		expect((await authenticate(email, PASSWORD, address, T0 + WINDOW)).ok).toBe(true);
	});

	it('resets the account counter on success', async () => {
		for (let i = 0; i < PER_ACCOUNT - 1; i++) await authenticate(email, 'wrong', address, T0);
		expect((await authenticate(email, PASSWORD, address, T0)).ok).toBe(true);
		for (let i = 0; i < PER_ACCOUNT - 1; i++) await authenticate(email, 'wrong', address, T0);
		expect((await authenticate(email, PASSWORD, address, T0)).ok).toBe(true);
	});

	it('does not count a refused attempt as one more failure', async () => {
		for (let i = 0; i < PER_ACCOUNT; i++) await authenticate(email, 'wrong', address, T0);
		for (let i = 0; i < 10; i++) await authenticate(email, 'wrong', address, T0 + WINDOW / 2);
		expect((await authenticate(email, PASSWORD, address, T0 + WINDOW)).ok).toBe(true);
	});

	it('refuses an account that has no password yet (invited, not accepted)', async () => {
		await createUser({ email: `invited${n}@example.org`, name: 'Invited' });
		expect(await authenticate(`invited${n}@example.org`, '', address, T0)).toEqual({ ok: false, reason: 'invalid' });
	});
});
