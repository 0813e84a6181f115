// What the database scripts do (npm run db:migrate, db:seed, db:backup), as functions the tests can call.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Db, db, migrateDatabase } from './client';
import { config } from '../config';
import { seedDemo } from '../demo/seed';

const MIGRATIONS_TABLE = '__drizzle_migrations';

type Journal = { entries: { when: number; tag: string }[] };

function appliedMigrationTimes(database: Db): number[] {
	const exists = database.$client.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(MIGRATIONS_TABLE);
	if (!exists) return [];
	const rows = database.$client.prepare(`select created_at as at from "${MIGRATIONS_TABLE}"`).all() as { at: number }[];
	return rows.map((r) => Number(r.at));
}

/** Applies the migrations not applied yet; returns their names and how many the database now has. */
export function applyMigrations(database: Db, folder = config.migrationsDir): { applied: string[]; total: number } {
	const before = new Set(appliedMigrationTimes(database));
	migrateDatabase(database, folder);
	const after = appliedMigrationTimes(database);
	const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
	const tags = new Map(journal.entries.map((e) => [e.when, e.tag]));
	const applied = after.filter((t) => !before.has(t)).map((t) => tags.get(t) ?? String(t));
	return { applied, total: after.length };
}

/** The ordinary tables of the database (no SQLite internals, no virtual tables or their shadow tables). */
export function userTables(database: Db): string[] {
	const rows = database.$client.prepare(`pragma main.table_list`).all() as { name: string; type: string }[];
	return rows
		.filter((r) => r.type === 'table' && !r.name.startsWith('sqlite_') && r.name !== MIGRATIONS_TABLE)
		.map((r) => r.name)
		.sort();
}

/** Row count of every ordinary table. */
export function tableCounts(database: Db): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const table of userTables(database)) {
		counts[table] = (database.$client.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
	}
	return counts;
}

/** Councils and accounts that are not demo data: any of them makes the database "real". */
export function realData(database: Db): { councils: number; users: number } {
	const count = (table: string) => (database.$client.prepare(`select count(*) as n from "${table}" where is_demo = 0`).get() as { n: number }).n;
	return { councils: count('councils'), users: count('users') };
}

export type SeedResult = { ok: true; deletedRows: number; counts: Record<string, number> } | { ok: false; reason: 'real_data'; councils: number; users: number };

/**
 * Rebuilds the demo data in the application's database (db()): when it is empty or holds only demo data,
 * every row of every table goes and the demo council is created again, all in one transaction. Over real
 * data it changes nothing and says why.
 */
export async function rebuildDemo(): Promise<SeedResult> {
	const database = db();
	const client = database.$client;
	client.exec('BEGIN IMMEDIATE');
	try {
		const real = realData(database);
		if (real.councils > 0 || real.users > 0) {
			client.exec('ROLLBACK');
			return { ok: false, reason: 'real_data', ...real };
		}
		// Checked at COMMIT, when every table is empty again save the fresh demo rows.
		client.pragma('defer_foreign_keys = ON');
		const deletedRows = Object.values(tableCounts(database)).reduce((a, b) => a + b, 0);
		for (const table of userTables(database)) client.prepare(`delete from "${table}"`).run();
		const hasSequence = client.prepare(`select 1 from sqlite_master where name = 'sqlite_sequence'`).get();
		if (hasSequence) client.exec('delete from sqlite_sequence');
		// seedDemo's own transaction becomes a savepoint inside this one.
		await seedDemo();
		client.exec('COMMIT');
		return { ok: true, deletedRows, counts: tableCounts(database) };
	} catch (err) {
		if (client.inTransaction) client.exec('ROLLBACK');
		throw err;
	}
}

/**
 * Copies a live database to `target` with SQLite's online backup API: the server may keep running and
 * writing. Every step copies all remaining pages, so a write by another connection restarts the copy at
 * most once per write instead of forever. The copy is then turned into a single self-contained file.
 */
export async function backupDatabase(
	source: Db,
	target: string,
	onProgress?: (progress: { totalPages: number; remainingPages: number }) => void
): Promise<{ file: string; bytes: number; totalPages: number }> {
	const file = path.resolve(target);
	if (fs.existsSync(file)) throw new Error(`${file} already exists: choose a new file name for the backup.`);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	try {
		const result = await source.$client.backup(file, {
			progress: (progress) => {
				onProgress?.(progress);
				return 0x7fffffff;
			}
		});
		const copy = new Database(file);
		try {
			copy.pragma('journal_mode = DELETE');
			const check = copy.pragma('quick_check', { simple: true });
			if (check !== 'ok') throw new Error(`The backup failed its integrity check: ${String(check)}`);
		} finally {
			copy.close();
		}
		return { file, bytes: fs.statSync(file).size, totalPages: result.totalPages };
	} catch (err) {
		for (const leftover of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(leftover, { force: true });
		throw err;
	}
}

/** "12.3 MB" style sizes for the scripts' output. */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(1)} ${units[unit]}`;
}
