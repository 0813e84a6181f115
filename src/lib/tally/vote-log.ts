// The append-only, hash-chained log of a vote (pure: no database, runs in the browser too).
//
// Entries are { seq, at, kind, data, prev, hash }: seq counts from 1, prev is the previous entry's hash (64 zeros
// for the first), and hash = SHA-256(prev ‖ canonical JSON of { seq, at, kind, data }) in lowercase hex, where ‖
// is string concatenation and canonical JSON is defined in canonical.ts. Changing, removing, inserting or
// reordering any entry changes every later hash, so the last hash (the chain's head, shown at close and printed in
// the minutes) pins the whole log.
//
// Kinds and their data:
// - open   { vote, secrecy, rules }
// - cast / change, NAMED vote  { member, college, weight, proxyHolder, choice }  (proxyHolder null when in person)
// - cast / change, SECRET vote {}: THAT a ballot was cast or changed, nothing of which ballot or what it says;
//   `at` is null. (Logs written before the seal carried { ballot, choice } here; replay still reads them.)
// - paper  NAMED { voters, groups }; SECRET { voters, groups: SHA-256 of the canonical JSON of the groups }
// - seal   SECRET vote, written at close, one per final ballot in a random order: { ballot, choice }. The ballots
//   enter the log only then and shuffled, so neither the order of the entries nor their place in the chain says
//   when a ballot was cast, and nothing joins a ballot to the live order in which members voted.
// - receipts SECRET vote, right after the seals: { codes } the voters' receipt codes, sorted. A receipt proves that
//   its ballot is among those counted, not which ballot it is nor what it says.
// - close  { online, paper, decision }
import { canonicalJson, sha256Hex } from './canonical';
import type { Choice, PaperGroup } from '../server/plenaries/tally-types';

export const LOG_KINDS = ['open', 'cast', 'change', 'paper', 'seal', 'receipts', 'close'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const GENESIS = '0'.repeat(64);
/** how many hex digits of an entry's hash make a voter's receipt */
export const RECEIPT_LENGTH = 12;

export type LogEntry = { seq: number; at: string | null; kind: LogKind; data: Record<string, unknown>; prev: string; hash: string };

export type NamedCastData = { member: number; college: number | null; weight: number; proxyHolder: number | null; choice: Choice };
export type SecretCastData = { ballot: number; choice: Choice };
export type SealData = { ballot: number; choice: Choice };

export function entryHash(prev: string, entry: Pick<LogEntry, 'seq' | 'at' | 'kind' | 'data'>): string {
	return sha256Hex(prev + canonicalJson({ seq: entry.seq, at: entry.at, kind: entry.kind, data: entry.data }));
}

/** The entry that follows `last` (null for the first). */
export function nextEntry(last: Pick<LogEntry, 'seq' | 'hash'> | null, kind: LogKind, data: Record<string, unknown>, at: Date | null): LogEntry {
	const seq = (last?.seq ?? 0) + 1;
	const prev = last?.hash ?? GENESIS;
	const entry = { seq, at: at ? at.toISOString() : null, kind, data };
	return { ...entry, prev, hash: entryHash(prev, entry) };
}

export const receiptOf = (hash: string) => hash.slice(0, RECEIPT_LENGTH);

export const paperGroupsDigest = (groups: PaperGroup[]) => sha256Hex(canonicalJson(groups));

/** Problems of the chain itself, in order (empty when it holds). */
export function chainProblems(entries: LogEntry[]): { seq: number; problem: 'seq' | 'prev' | 'hash' | 'kind' }[] {
	const problems: { seq: number; problem: 'seq' | 'prev' | 'hash' | 'kind' }[] = [];
	entries.forEach((e, i) => {
		const seq = typeof e.seq === 'number' ? e.seq : i + 1;
		if (e.seq !== i + 1) problems.push({ seq, problem: 'seq' });
		if (!LOG_KINDS.includes(e.kind)) problems.push({ seq, problem: 'kind' });
		if (e.prev !== (i === 0 ? GENESIS : entries[i - 1].hash)) problems.push({ seq, problem: 'prev' });
		if (e.hash !== entryHash(e.prev, e)) problems.push({ seq, problem: 'hash' });
	});
	return problems;
}

export type Replayed = {
	named: Map<number, NamedCastData>;
	secret: Map<number, Choice>;
	/** secret votes: how many first casts the log records (one per participating ballot), and whether it was sealed */
	secretCasts: number;
	sealed: boolean;
	/** secret votes: the receipt codes published at close (null before the seal) */
	receipts: string[] | null;
	/** the last paper entry's data, or null */
	paper: { voters: number[]; groups: PaperGroup[] | string } | null;
	opened: boolean;
	closed: { online: number; paper: number; decision: string } | null;
};

/** The final ballots the log leads to: the last cast or change of each member (named) or ballot id (secret). */
export function replay(entries: LogEntry[]): Replayed {
	const out: Replayed = { named: new Map(), secret: new Map(), secretCasts: 0, sealed: false, receipts: null, paper: null, opened: false, closed: null };
	let secret = false;
	for (const e of entries) {
		const d = e.data as Record<string, unknown>;
		if (e.kind === 'open') {
			out.opened = true;
			secret = d.secrecy === 'secret';
		} else if (e.kind === 'cast' || e.kind === 'change') {
			if (secret || typeof d.ballot === 'number') {
				if (e.kind === 'cast') out.secretCasts++;
				if (typeof d.ballot === 'number') out.secret.set(d.ballot, d.choice as Choice);
			} else out.named.set(d.member as number, d as unknown as NamedCastData);
		} else if (e.kind === 'seal') {
			out.sealed = true;
			out.secret.set(d.ballot as number, d.choice as Choice);
		} else if (e.kind === 'receipts') out.receipts = Array.isArray(d.codes) ? (d.codes as string[]) : [];
		else if (e.kind === 'paper') out.paper = d as Replayed['paper'];
		else if (e.kind === 'close') out.closed = d as Replayed['closed'];
	}
	return out;
}
