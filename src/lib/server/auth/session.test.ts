import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase, type Db } from '../db/client';
import { createUser } from './users';
import { sessions } from './tables';
import { createSession, generateToken, hashToken, invalidateAllSessions, invalidateSession, SESSION_ABSOLUTE_LIFETIME, SESSION_LIFETIME, validateSessionToken } from './session';
import { subscribe, type DomainEvent } from '../events/bus';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

/** Every value of every row of every table, as text. */
function everyStoredValue(database: Db): string[] {
	const tables = database.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[];
	return tables.flatMap(({ name }) => (database.$client.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]).flatMap((row) => Object.values(row).map(String)));
}

describe('sessions', () => {
	let database: Db;
	let aliceId: number;
	let bobId: number;
	beforeEach(async () => {
		database = useTestDatabase();
		aliceId = (await createUser({ email: 'alice@example.org', name: 'Alice' })).id;
		bobId = (await createUser({ email: 'bob@example.org', name: 'Bob' })).id;
	});

	it('generates long random tokens', () => {
		const tokens = new Set(Array.from({ length: 50 }, generateToken));
		expect(tokens.size).toBe(50);
		for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
	});

	it('stores only the sha256 of the token: the token appears in no column', () => {
		const token = generateToken();
		const session = createSession(token, aliceId, T0);
		expect(session.id).toBe(hashToken(token));
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		const row = database.select().from(sessions).get();
		expect(row).toMatchObject({ id: hashToken(token), userId: aliceId });
		const values = everyStoredValue(database);
		expect(values).toContain(hashToken(token));
		expect(values.filter((v) => v.includes(token))).toEqual([]);
	});

	it('validates a token and returns its user, without the password hash', () => {
		const token = generateToken();
		createSession(token, aliceId, T0);
		const result = validateSessionToken(token, T0 + DAY);
		expect(result?.user).toEqual({ id: aliceId, email: 'alice@example.org', name: 'Alice', isAdmin: false, locale: null });
		expect(result?.session.userId).toBe(aliceId);
		expect(validateSessionToken(generateToken(), T0 + DAY)).toBeNull();
		expect(validateSessionToken('', T0 + DAY)).toBeNull();
	});

	it('keeps the expiry while more than 15 days remain, then slides it forward by 30 days', () => {
		const token = generateToken();
		createSession(token, aliceId, T0);
		const firstExpiry = T0 + SESSION_LIFETIME;
		expect(validateSessionToken(token, T0 + 14 * DAY)?.session.expiresAt.getTime()).toBe(firstExpiry);
		expect(database.select().from(sessions).get()?.expiresAt.getTime()).toBe(firstExpiry);

		const later = T0 + 16 * DAY;
		expect(validateSessionToken(token, later)?.session.expiresAt.getTime()).toBe(later + SESSION_LIFETIME);
		expect(database.select().from(sessions).get()?.expiresAt.getTime()).toBe(later + SESSION_LIFETIME);
		// Still valid after the first 30 days thanks to the slide.
		expect(validateSessionToken(token, T0 + 31 * DAY)?.user.id).toBe(aliceId);
	});

	it('ends 90 days after the login however often it is used, and never slides past that day', () => {
		const token = generateToken();
		createSession(token, aliceId, T0);
		const end = T0 + SESSION_ABSOLUTE_LIFETIME;
		for (let day = 16; day < 90; day += 16) expect(validateSessionToken(token, T0 + day * DAY)?.user.id).toBe(aliceId);
		// The cookie's expiry is capped at the end of life, not slid 30 days past it.
		expect(validateSessionToken(token, end - DAY)?.session.expiresAt.getTime()).toBe(end);
		expect(validateSessionToken(token, end)).toBeNull();
		expect(database.select().from(sessions).all()).toEqual([]);
	});

	it('expires after 30 days without use and deletes the row', () => {
		const token = generateToken();
		createSession(token, aliceId, T0);
		expect(validateSessionToken(token, T0 + SESSION_LIFETIME - 1)).not.toBeNull();
		const other = generateToken();
		createSession(other, aliceId, T0);
		expect(validateSessionToken(other, T0 + SESSION_LIFETIME)).toBeNull();
		expect(
			database
				.select()
				.from(sessions)
				.all()
				.map((s) => s.id)
		).toEqual([hashToken(token)]);
	});

	it('forgets expired sessions when a new one is created', () => {
		createSession(generateToken(), aliceId, T0);
		createSession(generateToken(), bobId, T0 + 20 * DAY);
		createSession(generateToken(), bobId, T0 + SESSION_LIFETIME + 1);
		expect(
			database
				.select()
				.from(sessions)
				.all()
				.map((s) => s.userId)
		).toEqual([bobId, bobId]);
	});

	it('invalidates one session', () => {
		const a = generateToken();
		const b = generateToken();
		const session = createSession(a, aliceId, T0);
		createSession(b, aliceId, T0);
		invalidateSession(session.id);
		expect(validateSessionToken(a, T0 + DAY)).toBeNull();
		expect(validateSessionToken(b, T0 + DAY)?.user.id).toBe(aliceId);
	});

	it('invalidates every session of one user, leaves other users’ sessions, and tells listeners', () => {
		const events: DomainEvent[] = [];
		const unsubscribe = subscribe((e) => events.push(e));
		const laptop = generateToken();
		const phone = generateToken();
		const bobs = generateToken();
		createSession(laptop, aliceId, T0);
		createSession(phone, aliceId, T0);
		createSession(bobs, bobId, T0);
		invalidateAllSessions(aliceId);
		unsubscribe();
		expect(validateSessionToken(laptop, T0 + DAY)).toBeNull();
		expect(validateSessionToken(phone, T0 + DAY)).toBeNull();
		expect(validateSessionToken(bobs, T0 + DAY)?.user.id).toBe(bobId);
		expect(
			database
				.select({ n: sql<number>`count(*)` })
				.from(sessions)
				.get()?.n
		).toBe(1);
		expect(events).toEqual([{ type: 'session.revoked', userId: aliceId }]);
	});
});
