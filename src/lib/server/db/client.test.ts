// Two processes on one database file (the server and a CLI or a test's set-up script): a transaction takes the write
// lock when it begins, so another connection cannot commit between its reads and its writes and make it fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from './client';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('transactions of the application database', () => {
	it('begin immediate: the write lock is held from the start, the other connection waits, nothing fails midway', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-db-'));
		dirs.push(dir);
		const file = path.join(dir, 'x.db');
		const app = openDatabase(file);
		app.$client.exec('create table t (n integer)');
		const other = new Database(file);
		other.pragma('busy_timeout = 0');
		const seen: string[] = [];
		app.transaction((tx) => {
			const count = tx.get<{ c: number }>(sql`select count(*) as c from t`).c;
			// another process trying to write now is told to wait (here: at once, with no timeout)…
			try {
				other.prepare('insert into t (n) values (99)').run();
				seen.push('other wrote');
			} catch (e) {
				seen.push((e as { code: string }).code);
			}
			// …so this transaction's write, based on what it read, goes through
			tx.run(sql`insert into t (n) values (${count + 1})`);
		});
		expect(seen).toEqual(['SQLITE_BUSY']);
		expect(app.$client.prepare('select n from t').all()).toEqual([{ n: 1 }]);
		other.close();
		app.$client.close();
	});
});
