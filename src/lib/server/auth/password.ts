// Passwords are hashed with argon2id (OWASP parameters, as in Lucia's guide).
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;

const options = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
