// The list queries run on every page view: their prepared statements are kept (per database and per SQL
// text: a few dozen at most, one per combination of filters) instead of being prepared again each time.
import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { db } from '../db/client';

const dialect = new SQLiteSyncDialect({ casing: 'snake_case' });
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(query: SQL): { stmt: Database.Statement; params: unknown[] } {
	const client = db().$client;
	let cache = caches.get(client);
	if (!cache) caches.set(client, (cache = new Map()));
	const { sql, params } = dialect.sqlToQuery(query);
	let stmt = cache.get(sql);
	if (!stmt) {
		if (cache.size > 500) cache.clear();
		cache.set(sql, (stmt = client.prepare(sql)));
	}
	return { stmt, params };
}

export function cachedAll<T>(query: SQL): T[] {
	const { stmt, params } = statement(query);
	return stmt.all(...params) as T[];
}

export function cachedGet<T>(query: SQL): T | undefined {
	const { stmt, params } = statement(query);
	return stmt.get(...params) as T | undefined;
}
