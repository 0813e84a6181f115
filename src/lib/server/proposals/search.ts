// Full-text search over proposals (SQLite FTS5). drizzle-kit cannot generate virtual tables, so the index
// and the triggers that keep it in sync are created here, idempotently, each time the database is migrated.
import type Database from 'better-sqlite3';

type WithClient = { $client: Database.Database };

const TRIGGERS = [
	`CREATE TRIGGER IF NOT EXISTS proposals_fts_ai AFTER INSERT ON proposals BEGIN
		INSERT INTO proposals_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
	END`,
	`CREATE TRIGGER IF NOT EXISTS proposals_fts_ad AFTER DELETE ON proposals BEGIN
		INSERT INTO proposals_fts(proposals_fts, rowid, title, summary, body) VALUES ('delete', old.id, old.title, old.summary, old.body);
	END`,
	`CREATE TRIGGER IF NOT EXISTS proposals_fts_au AFTER UPDATE OF title, summary, body ON proposals BEGIN
		INSERT INTO proposals_fts(proposals_fts, rowid, title, summary, body) VALUES ('delete', old.id, old.title, old.summary, old.body);
		INSERT INTO proposals_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body);
	END`
];

/** Creates the FTS5 index and its triggers when missing, and fills the index from existing proposals. */
export function ensureProposalSearch(database: WithClient): void {
	const client = database.$client;
	const hasProposals = client.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'proposals'`).get();
	if (!hasProposals) return;
	const existed = client.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'proposals_fts'`).get();
	client.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS proposals_fts USING fts5(title, summary, body, content='proposals', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`);
	for (const trigger of TRIGGERS) client.exec(trigger);
	if (!existed) client.exec(`INSERT INTO proposals_fts(proposals_fts) VALUES ('rebuild')`);
}

/** Words found in nearly every text: searching them costs much and finds everything. */
const STOPWORDS = new Set(
	(
		'au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous ' +
		'd l c j m n s t y a à est sont the of and or to in on for with by an is are be'
	).split(' ')
);

/** The words of a text, without punctuation (which FTS5 would read as syntax). */
function wordsOf(input: string): string[] {
	return input
		.normalize('NFC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

/**
 * Turns what a person typed into a safe FTS5 query: each word becomes a quoted prefix term, all required;
 * common little words are dropped unless nothing else was typed. Returns null when nothing searchable remains.
 */
export function ftsQuery(input: string): string | null {
	const words = wordsOf(input).slice(0, 12);
	const meaningful = words.filter((w) => !STOPWORDS.has(w.toLowerCase()));
	const kept = meaningful.length ? meaningful : words;
	if (!kept.length) return null;
	return kept.map((w) => `"${w}"*`).join(' ');
}

/**
 * A query for proposals that look like a title being written: any of its meaningful words (three letters or
 * more, not a common little word), as prefix terms, so that bm25 ranks those sharing the most words first.
 */
export function similarityQuery(title: string): string | null {
	const kept = [...new Set(wordsOf(title).filter((w) => w.length >= 3 && !STOPWORDS.has(w.toLowerCase())))].slice(0, 12);
	if (!kept.length) return null;
	return kept.map((w) => `"${w}"*`).join(' OR ');
}
