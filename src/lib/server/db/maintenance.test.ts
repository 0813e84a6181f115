import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase, useDatabase, useTestDatabase, type Db } from './client';
import { applyMigrations, backupDatabase, rebuildDemo, tableCounts, userTables } from './maintenance';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { councils, memberships } from '../councils/tables';
import { sessions, users } from '../auth/tables';
import { outbox } from '../mail/tables';
import { createUser } from '../auth/users';
import { createSession, generateToken } from '../auth/session';
import { insertCouncil } from '../councils/create';

describe('migrations', () => {
	it('applies what is missing and then reports the database up to date', () => {
		const database = openDatabase(':memory:');
		const first = applyMigrations(database, path.resolve('migrations'));
		expect(first.applied.length).toBeGreaterThan(0);
		expect(first.applied[0]).toMatch(/^0000_/);
		expect(first.total).toBe(first.applied.length);
		expect(userTables(database)).toEqual(expect.arrayContaining(['users', 'sessions', 'councils', 'memberships']));
		expect(applyMigrations(database, path.resolve('migrations'))).toEqual({ applied: [], total: first.total });
		database.$client.close();
	});
});

describe('demo seed (db:seed)', () => {
	let database: Db;
	beforeEach(() => {
		database = useTestDatabase();
	});

	it('creates the demo council on an empty database', async () => {
		const result = await rebuildDemo();
		expect(result.ok).toBe(true);
		expect(result.ok && result.deletedRows).toBe(0);
		expect(
			database
				.select()
				.from(councils)
				.all()
				.map((c) => c.slug)
		).toEqual([DEMO_COUNCIL_SLUG]);
		expect(result.ok && result.counts.users).toBeGreaterThan(100);
	});

	it('rebuilds over demo data: everything added since goes, the demo comes back as new', async () => {
		await seedDemo();
		const fresh = tableCounts(database);
		const karim = database.select().from(users).where(eq(users.email, 'membre@demo.cocon.fr')).get()!;
		createSession(generateToken(), karim.id);
		database.insert(outbox).values({ to: karim.email, subject: 'Invitation', body: '…' }).run();
		database.delete(memberships).where(eq(memberships.userId, karim.id)).run();

		const result = await rebuildDemo();
		expect(result.ok && result.deletedRows).toBeGreaterThan(0);
		expect(tableCounts(database)).toEqual(fresh);
		expect(database.select().from(sessions).all()).toEqual([]);
		expect(database.select().from(outbox).all()).toEqual([]);
		const again = database.select().from(users).where(eq(users.email, 'membre@demo.cocon.fr')).get()!;
		expect(database.select().from(memberships).where(eq(memberships.userId, again.id)).all()).toHaveLength(1);
		// Ids start again from 1, so demo links stay the same.
		expect(database.select().from(councils).get()?.id).toBe(1);
		expect(database.$client.pragma('foreign_key_check')).toEqual([]);
	});

	it('refuses over a real account and changes nothing', async () => {
		await seedDemo();
		await createUser({ email: 'vraie.personne@example.org', name: 'Vraie Personne', password: 'un vrai mot de passe' });
		const before = tableCounts(database);
		expect(await rebuildDemo()).toEqual({ ok: false, reason: 'real_data', councils: 0, users: 1 });
		expect(tableCounts(database)).toEqual(before);
		expect(database.$client.inTransaction).toBe(false);
	});

	it('refuses over a real council and changes nothing', async () => {
		insertCouncil(database, { name: 'Conseil réel', slug: 'conseil-reel', territory: 'Lille', description: '', isPublic: false, weighting: 'none' }, null);
		const before = tableCounts(database);
		expect(await rebuildDemo()).toMatchObject({ ok: false, reason: 'real_data', councils: 1 });
		expect(tableCounts(database)).toEqual(before);
	});
});

describe('online backup (db:backup)', () => {
	let dir: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-backup-'));
	});
	afterEach(() => {
		fs.rmSync(dir, { recursive: true, force: true });
	});

	function fileDatabase(): { file: string; server: Db } {
		const file = path.join(dir, 'cocon.db');
		const server = openDatabase(file);
		migrateDatabase(server, path.resolve('migrations'));
		return { file, server };
	}

	it('copies a database that another connection keeps writing to, with the same row counts', async () => {
		const { file, server } = fileDatabase();
		// Enough rows for a copy of several hundred pages.
		const insert = server.$client.prepare(`insert into outbox ("to", subject, body) values (?, ?, ?)`);
		server.$client.transaction(() => {
			for (let i = 0; i < 3000; i++) insert.run(`p${i}@example.org`, `Sujet ${i}`, 'x'.repeat(400));
		})();

		// The backup script's own connection, while the "server" connection writes in the middle of the copy.
		const cli = openDatabase(file);
		let writes = 0;
		const result = await backupDatabase(cli, path.join(dir, 'backups', 'copy.db'), () => {
			for (let i = 0; i < 50; i++) insert.run(`late${writes}-${i}@example.org`, 'Pendant la copie', 'y'.repeat(400));
			writes++;
		});
		expect(writes).toBeGreaterThan(0);
		expect(result.bytes).toBeGreaterThan(1_000_000);
		expect(result.file).toBe(path.join(dir, 'backups', 'copy.db'));

		const copy = new Database(result.file, { readonly: true });
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
		const copied = Object.fromEntries(userTables(server).map((t) => [t, (copy.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]));
		expect(copied).toEqual(tableCounts(server));
		expect(copied.outbox).toBe(3000 + 50 * writes);
		copy.close();
		expect(fs.existsSync(`${result.file}-wal`)).toBe(false);
		cli.$client.close();
		server.$client.close();
	});

	it('copies the demo database and never overwrites an existing file', async () => {
		const { file, server } = fileDatabase();
		server.$client.close();
		const target = path.join(dir, 'demo-copy.db');
		const appDb = openDatabase(file);
		useDatabase(appDb);
		await seedDemo();
		const result = await backupDatabase(appDb, target);
		const copy = openDatabase(result.file);
		expect(tableCounts(copy)).toEqual(tableCounts(appDb));
		copy.$client.close();

		const size = fs.statSync(target).size;
		await expect(backupDatabase(appDb, target)).rejects.toThrow(/already exists/);
		expect(fs.statSync(target).size).toBe(size);
		appDb.$client.close();
	});
});
