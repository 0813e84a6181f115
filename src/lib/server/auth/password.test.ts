import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
	it('hashes with argon2id and verifies the right password only', async () => {
		const hash = await hashPassword('une phrase de passe assez longue');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(hash).not.toContain('une phrase de passe');
		expect(await verifyPassword(hash, 'une phrase de passe assez longue')).toBe(true);
		expect(await verifyPassword(hash, 'une phrase de passe assez longuE')).toBe(false);
		expect(await verifyPassword(hash, '')).toBe(false);
	});

	it('salts every hash', async () => {
		const a = await hashPassword('même mot de passe');
		const b = await hashPassword('même mot de passe');
		expect(a).not.toBe(b);
		expect(await verifyPassword(b, 'même mot de passe')).toBe(true);
	});

	it('answers false, without throwing, for a hash that is not one', async () => {
		expect(await verifyPassword('not a hash', 'whatever')).toBe(false);
		expect(await verifyPassword('', 'whatever')).toBe(false);
		expect(await verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$garbage', 'whatever')).toBe(false);
	});
});
