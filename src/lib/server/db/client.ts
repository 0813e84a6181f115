// Opens the SQLite database (WAL, foreign keys, busy timeout) and hands out the one drizzle instance.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';
import { config } from '../config';
import { ensureProposalSearch } from '../proposals/search';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The database or a transaction in progress: services that write inside a caller's transaction take this. */
export type Tx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export function openDatabase(file: string): Db {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const database = drizzle(sqlite, { schema, casing: 'snake_case' }) as Db;
	// Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting up to the busy timeout for
	// another process writing the same file (a CLI, a test's set-up script). A deferred one that reads and then
	// writes after that process committed would fail at once with SQLITE_BUSY, without waiting.
	const begin = database.transaction.bind(database);
	database.transaction = ((fn, config) => begin(fn, { behavior: 'immediate', ...config })) as Db['transaction'];
	return database;
}

export function migrateDatabase(db: Db, folder = config.migrationsDir): void {
	migrate(db, { migrationsFolder: folder });
	ensureProposalSearch(db);
}

const holder = globalThis as unknown as { __coconDb?: Db };

/** Transactions opened by the action runner, innermost last (see withTransaction). */
const open: Db[] = [];

/**
 * The application's database, opened on first use at DATABASE_PATH. While the action runner's transaction is open,
 * this is that transaction: a service called by an action reads and writes in the action's transaction whichever
 * way it reaches the database (and a transaction it opens itself becomes a savepoint of it).
 */
export function db(): Db {
	const current = open.at(-1);
	if (current) return current;
	holder.__coconDb ??= openDatabase(config.databasePath);
	return holder.__coconDb;
}

/** Runs fn in one transaction of the application's database (nested: a savepoint), handing it the transaction. */
export function withTransaction<T>(fn: (tx: Tx) => T, behavior: 'immediate' | 'deferred' = 'immediate'): T {
	const base = db();
	return base.transaction(
		(tx) => {
			open.push(Object.assign(tx, { $client: base.$client }) as unknown as Db);
			try {
				return fn(tx);
			} finally {
				open.pop();
			}
		},
		{ behavior }
	);
}

/** Replaces the application's database (tests use a fresh in-memory one). */
export function useDatabase(next: Db): void {
	holder.__coconDb = next;
}

/** A fresh in-memory database with every migration applied, installed as the application's database. */
export function useTestDatabase(): Db {
	const fresh = openDatabase(':memory:');
	migrateDatabase(fresh, path.resolve('migrations'));
	useDatabase(fresh);
	return fresh;
}
