// Appending to and reading a vote's hash-chained log (the entries and the hash: src/lib/tally/vote-log.ts).
// Every append runs inside the transaction of the change it records (open, cast, paper, close), so the log and the
// ballots cannot disagree; the unique (vote, seq) index refuses a second writer of the same place in the chain.
import { asc, desc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { randomBytes, randomInt } from 'node:crypto';
import { nextEntry, receiptOf, RECEIPT_LENGTH, type LogEntry, type LogKind, type SealData } from '../../tally/vote-log';
import { voteLog } from './tables';

/**
 * Seals a SECRET vote at close, inside the closing transaction: its final ballots as 'seal' entries shuffled with
 * crypto randomness, then the voters' receipt codes as one sorted 'receipts' entry. A ballot cast before receipts
 * were random has none stored: it gets a fresh code that nobody holds, so the three counts stay equal.
 */
export function sealSecretBallots(tx: Tx, voteId: number, sealed: SealData[], codes: string[]): void {
	const order = sealed.slice();
	for (let i = order.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	for (const b of order) appendLog(tx, voteId, 'seal', { ballot: b.ballot, choice: b.choice }, null);
	const all = codes.slice(0, sealed.length);
	while (all.length < sealed.length) all.push(newReceiptCode());
	appendLog(tx, voteId, 'receipts', { codes: all.sort() }, null);
}

/** A secret voter's receipt code: random, as long as a named voter's (the first digits of an entry's hash). */
export const newReceiptCode = () => randomBytes(RECEIPT_LENGTH / 2).toString('hex');

export function appendLog(tx: Tx, voteId: number, kind: LogKind, data: Record<string, unknown>, at: Date | null): LogEntry {
	const last = tx.select({ seq: voteLog.seq, hash: voteLog.hash }).from(voteLog).where(eq(voteLog.voteId, voteId)).orderBy(desc(voteLog.seq)).limit(1).get() ?? null;
	const entry = nextEntry(last, kind, data, at);
	tx.insert(voteLog)
		.values({ voteId, ...entry })
		.run();
	return entry;
}

export function readLog(voteId: number, tx: Tx = db()): LogEntry[] {
	return tx
		.select({ seq: voteLog.seq, at: voteLog.at, kind: voteLog.kind, data: voteLog.data, prev: voteLog.prev, hash: voteLog.hash })
		.from(voteLog)
		.where(eq(voteLog.voteId, voteId))
		.orderBy(asc(voteLog.seq))
		.all() as LogEntry[];
}

/** The hash of the last entry: after close, it pins the whole log (shown on screens and printed in the minutes). */
export function chainHead(voteId: number, tx: Tx = db()): string | null {
	return tx.select({ hash: voteLog.hash }).from(voteLog).where(eq(voteLog.voteId, voteId)).orderBy(desc(voteLog.seq)).limit(1).get()?.hash ?? null;
}

/** The answer to "Vérifier mon reçu": the code typed and where it is in the published log (null: nowhere). */
export type ReceiptCheck = { code: string; found: { seq: number; counted: boolean } | null } | null;

/** Where a receipt code is in a vote's log: the entry it names and whether that ballot is the one counted (named votes: a
 * later change replaces it; logs of secret votes written before the seal: likewise per ballot id). */
export function findReceipt(log: LogEntry[], code: string): { seq: number; counted: boolean } | null {
	const wanted = code
		.trim()
		.toLowerCase()
		.replace(/[^0-9a-f]/g, '');
	if (wanted.length < 8) return null;
	// a secret vote's receipt is a random code, published at close in the sorted list of the counted ballots' receipts
	const listed = log.find((e) => e.kind === 'receipts' && Array.isArray(e.data.codes) && (e.data.codes as string[]).some((c) => c.startsWith(wanted)));
	if (listed) return { seq: listed.seq, counted: true };
	const entry = log.find((e) => (e.kind === 'cast' || e.kind === 'change') && receiptOf(e.hash).startsWith(wanted));
	if (!entry) return null;
	// counted: no later cast or change of the same ballot (secret) or member (named) replaced it
	const key = (e: LogEntry) => (typeof e.data.ballot === 'number' ? `b${e.data.ballot}` : `m${e.data.member}`);
	const later = log.some((e) => e.seq > entry.seq && (e.kind === 'cast' || e.kind === 'change') && key(e) === key(entry));
	return { seq: entry.seq, counted: !later };
}
