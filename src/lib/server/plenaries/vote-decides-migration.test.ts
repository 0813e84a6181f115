// The data migration of vote_proposals (migrations/0003_decide.sql): a database written by the code before votes
// named their proposals (closing moved every scheduled proposal of the item) keeps its meaning once migrated.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from '../db/client';

/** A migrations folder holding only the migrations before this one (as the old code had them). */
function migrationsBefore(tag: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-migrations-'));
	const journal = JSON.parse(fs.readFileSync(path.resolve('migrations/meta/_journal.json'), 'utf8'));
	const at = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
	expect(at).toBeGreaterThan(0);
	const entries = journal.entries.slice(0, at);
	fs.mkdirSync(path.join(dir, 'meta'));
	fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
	for (const e of entries) fs.copyFileSync(path.resolve(`migrations/${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
	return dir;
}

describe('migration 0003_decide', () => {
	it('existing closed votes keep the proposals they decided; draft and open yes/no votes name what they would have decided', () => {
		const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-db-')), 'old.db');
		const db = openDatabase(file);
		migrate(db, { migrationsFolder: migrationsBefore('0003_decide') });
		const run = (q: string) => db.run(sql.raw(q));
		// the old way: a council, a plenary with two items; item 1 carries proposals 1, 2 and 3, item 2 carries 4 and 5
		run(`INSERT INTO users (id, email, name) VALUES (1, 'a@example.org', 'A')`);
		run(`INSERT INTO councils (id, slug, name) VALUES (1, 'c', 'C'), (2, 'd', 'D')`);
		run(`INSERT INTO plenary_sessions (id, council_id, title, starts_at) VALUES (1, 1, 'P', 0)`);
		run(`INSERT INTO agenda_items (id, session_id, position, title) VALUES (1, 1, 0, 'Votes'), (2, 1, 1, 'Autres votes')`);
		const states = ['adopted', 'rejected', 'scheduled', 'scheduled', 'accepted', 'scheduled'];
		states.forEach((state, i) =>
			run(`INSERT INTO proposals (id, council_id, author_id, title, summary, body, state, vote_id) VALUES (${i + 1}, 1, 1, 'P${i + 1}', '', '', '${state}', ${i === 0 ? 1 : 'NULL'})`)
		);
		run(`INSERT INTO agenda_item_proposals (agenda_item_id, proposal_id) VALUES (1, 1), (1, 2), (1, 3), (2, 4), (2, 5), (2, 6)`);
		const yesNo = `'yes_no_abstain', '[]', 'none', 'simple', 'cast', 'none'`;
		// vote 1 closed adopted: it moved proposal 1; vote 2 closed rejected later: it moved proposal 2 (1 was adopted by
		// then); vote 3 a ranked vote on item 1 (decides nothing); vote 4 open and vote 5 draft on item 2
		run(`INSERT INTO votes (id, council_id, session_id, agenda_item_id, question, method, options, weighting, majority, majority_base, quorum_kind, state) VALUES
			(1, 1, 1, 1, 'Q1', ${yesNo}, 'published'),
			(2, 1, 1, 1, 'Q2', ${yesNo}, 'closed'),
			(3, 1, 1, 1, 'Q3', 'ranked', '[]', 'none', 'simple', 'cast', 'none', 'draft'),
			(4, 1, 1, 2, 'Q4', ${yesNo}, 'open'),
			(5, 1, 1, 2, 'Q5', ${yesNo}, 'draft')`);
		run(`INSERT INTO proposal_events (proposal_id, kind, transition, from_state, to_state, vote_id) VALUES
			(1, 'transition', 'adopt', 'scheduled', 'adopted', 1),
			(2, 'transition', 'reject', 'scheduled', 'rejected', 2),
			(3, 'transition', 'schedule', 'accepted', 'scheduled', NULL)`);
		// proposal 6 (on item 2) belongs to another council: no link may cross councils
		run(`UPDATE proposals SET council_id = 2 WHERE id = 6`);

		migrate(db, { migrationsFolder: path.resolve('migrations') });
		const links = db.all<{ vote_id: number; proposal_id: number; revote: number }>(sql.raw('SELECT vote_id, proposal_id, revote FROM vote_proposals ORDER BY vote_id, proposal_id'));
		expect(links.map((l) => [l.vote_id, l.proposal_id, l.revote])).toEqual([
			[1, 1, 0],
			[2, 2, 0],
			[4, 4, 0],
			[4, 5, 0],
			[5, 4, 0],
			[5, 5, 0]
		]);
	});
});
