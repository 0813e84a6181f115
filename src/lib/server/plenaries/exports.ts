// Open data for plenaries: attendance, each vote's result and, for NAMED votes only, its roll call, as rows
// for CSV (RFC 4180, UTF-8 with BOM, formulas neutralised exactly as the proposals export does) and JSON, with
// stable machine-readable column names and codes. Secret votes export their frozen aggregate result only: no
// export reads a secret ballot or a participation row, so none can link a secret choice to a member.
import { eq, inArray } from 'drizzle-orm';
import { csvDocument, type CsvDialect } from '../csv';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { colleges, memberships } from '../councils/tables';
import { DomainError } from '../errors';
import { attendanceSummary, listAttendance, type AttendanceSummary } from './attendance';
import { namedBallots } from './vote-status';
import type { VoteView } from './votes';
import type { Fraction, TallyResult } from './tally-types';
import { choiceSeparator } from '../../vote-choice';

type Cell = string | number | boolean | null;

/** RFC 4180 CSV with a BOM for spreadsheets; a cell starting with = + - @ tab or CR is neutralised (papaparse). */
export function toCsv(fields: readonly string[], rows: readonly Record<string, Cell>[], dialect: CsvDialect = 'standard'): string {
	const data = rows.map((r) => fields.map((f) => r[f] ?? ''));
	return csvDocument(fields, data, dialect);
}

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
/** a fraction as a decimal with 6 digits: stable in CSV, exact values are in the JSON */
const dec = (f: Fraction | null) => (f ? Number(f.value.toFixed(6)) : null);

// ---- attendance

export const ATTENDANCE_FIELDS = ['membership_id', 'name', 'college', 'entitled', 'status', 'proxy_holder', 'proxies_held'] as const;
export type AttendanceExportRow = {
	membership_id: number;
	name: string;
	college: string | null;
	entitled: boolean;
	/** in_room | remote | represented (absent, their proxy holder present) | absent */
	status: 'in_room' | 'remote' | 'represented' | 'absent';
	proxy_holder: string | null;
	proxies_held: string;
};

export function attendanceRows(plenaryId: number, councilId: number): AttendanceExportRow[] {
	const collegeNames = new Map(
		db()
			.select({ id: colleges.id, name: colleges.name })
			.from(colleges)
			.where(eq(colleges.councilId, councilId))
			.all()
			.map((c) => [c.id, c.name])
	);
	const people = listAttendance(plenaryId);
	const names = new Map(people.map((p) => [p.membershipId, p.name]));
	return people.map((p) => ({
		membership_id: p.membershipId,
		name: p.name,
		college: p.collegeId === null ? null : (collegeNames.get(p.collegeId) ?? null),
		entitled: p.entitled,
		status: p.mode ?? (p.proxyActive ? 'represented' : 'absent'),
		proxy_holder: p.proxyTo === null ? null : (names.get(p.proxyTo) ?? null),
		proxies_held: p.proxiesHeld.map((id) => names.get(id) ?? String(id)).join(' | ')
	}));
}

export function attendanceCsv(rows: AttendanceExportRow[], dialect: CsvDialect = 'standard'): string {
	return toCsv(ATTENDANCE_FIELDS, rows, dialect);
}

export function attendanceJson(
	plenary: { id: number; title: string; startsAt: Date; state: string },
	councilId: number
): {
	plenary: { id: number; title: string; startsAt: string; state: string };
	summary: AttendanceSummary;
	members: AttendanceExportRow[];
} {
	return {
		plenary: { id: plenary.id, title: plenary.title, startsAt: plenary.startsAt.toISOString(), state: plenary.state },
		summary: attendanceSummary(plenary.id),
		members: attendanceRows(plenary.id, councilId)
	};
}

// ---- a vote's result

/** A vote's result can be exported once closed; readers who may not manage votes need it published. */
export { resultVisible as resultExportable } from './secret-view';

export const RESULT_FIELDS = ['scope', 'college_id', 'college_weight', 'option_id', 'option_label', 'votes', 'weighted', 'share', 'weighted_share', 'rank', 'winner'] as const;

/** One row per option overall ('total'), then per college and option; abstentions as option 'abstain' ('blank' for choice methods). */
export function resultRows(vote: Pick<VoteView, 'options'> & { result: TallyResult }): Record<string, Cell>[] {
	const r = vote.result;
	const label = (id: string) => vote.options.find((o) => o.id === id)?.label || id;
	const rows: Record<string, Cell>[] = r.options.map((o) => ({
		scope: 'total',
		college_id: null,
		college_weight: null,
		option_id: o.id,
		option_label: label(o.id),
		votes: o.votes,
		weighted: dec(o.weighted),
		share: dec(o.share),
		weighted_share: dec(o.weightedShare),
		rank: o.rank,
		winner: r.winners.includes(o.id)
	}));
	const blank = r.method === 'yes_no_abstain' ? 'abstain' : 'blank';
	const withBlank = !r.options.some((o) => o.id === blank);
	if (withBlank) rows.push({ scope: 'total', option_id: blank, option_label: blank, votes: r.abstain.votes, weighted: r.abstain.weighted ? dec(r.abstain.weighted) : null });
	for (const c of r.colleges) {
		for (const o of c.options)
			rows.push({
				scope: c.name || 'none',
				college_id: c.collegeId,
				college_weight: c.weight,
				option_id: o.id,
				option_label: label(o.id),
				votes: o.votes,
				weighted: dec(o.weighted),
				share: dec(o.share)
			});
		if (withBlank) rows.push({ scope: c.name || 'none', college_id: c.collegeId, college_weight: c.weight, option_id: blank, option_label: blank, votes: c.abstain });
	}
	// secret votes: a college below the minimum group size shows its weight, never its choices
	for (const c of r.masking?.colleges ?? []) rows.push({ scope: c.name || 'none', college_id: c.collegeId, college_weight: c.weight, option_id: 'masked', option_label: 'masked', votes: null });
	return rows;
}

export function resultCsv(vote: Pick<VoteView, 'options'> & { result: TallyResult }, dialect: CsvDialect = 'standard'): string {
	return toCsv(RESULT_FIELDS, resultRows(vote), dialect);
}

export function resultJson(vote: VoteView & { result: TallyResult }) {
	return {
		vote: {
			id: vote.id,
			sessionId: vote.plenaryId,
			agendaItemId: vote.agendaItemId,
			question: vote.question,
			description: vote.description,
			method: vote.method,
			options: vote.options,
			minChoices: vote.minChoices,
			maxChoices: vote.maxChoices,
			winners: vote.winners,
			weighting: vote.weighting,
			majority: vote.majority,
			majorityBase: vote.majorityBase,
			quorum: { kind: vote.quorumKind, value: vote.quorumValue },
			secrecy: vote.secrecy,
			state: vote.state,
			openedAt: iso(vote.openedAt),
			closedAt: iso(vote.closedAt),
			publishedAt: iso(vote.publishedAt)
		},
		result: vote.result
	};
}

// ---- the roll call of a named vote

/** In alphabetical order as a French reader expects it (accents and case folded: Aïcha before Antoine, Émilie after Élise). */
export function byName<T extends { name: string }>(rows: T[]): T[] {
	return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }) || a.name.localeCompare(b.name, 'fr'));
}

export const BALLOT_FIELDS = ['membership_id', 'name', 'college', 'choice', 'choice_labels', 'cast_by_proxy_holder', 'cast_at'] as const;

/** Named votes only (refused for secret votes by namedBallots): who voted what, in name order. */
export function ballotRows(vote: Pick<VoteView, 'id' | 'secrecy' | 'options' | 'councilId' | 'method'>): Record<string, Cell>[] {
	if (vote.secrecy !== 'named') throw new DomainError('plenaries_error_secret_vote');
	const rows = byName(namedBallots(vote.id));
	const collegeNames = new Map(
		db()
			.select({ id: colleges.id, name: colleges.name })
			.from(colleges)
			.where(eq(colleges.councilId, vote.councilId))
			.all()
			.map((c) => [c.id, c.name])
	);
	const names = new Map(rows.map((b) => [b.membershipId, b.name]));
	const holders = listNames(rows.filter((b) => b.actingMembershipId !== b.membershipId && !names.has(b.actingMembershipId)).map((b) => b.actingMembershipId));
	const label = (id: string) => vote.options.find((o) => o.id === id)?.label || id;
	const sep = choiceSeparator(vote.method);
	return rows.map((b) => ({
		membership_id: b.membershipId,
		name: b.name,
		college: b.collegeId === null ? null : (collegeNames.get(b.collegeId) ?? null),
		choice: b.choice.join(sep),
		choice_labels: b.choice.map(label).join(sep),
		cast_by_proxy_holder: b.actingMembershipId === b.membershipId ? null : (names.get(b.actingMembershipId) ?? holders.get(b.actingMembershipId) ?? null),
		cast_at: b.castAt.toISOString()
	}));
}

export function ballotsCsv(vote: Pick<VoteView, 'id' | 'secrecy' | 'options' | 'councilId' | 'method'>, dialect: CsvDialect = 'standard'): string {
	return toCsv(BALLOT_FIELDS, ballotRows(vote), dialect);
}

function listNames(ids: number[]): Map<number, string> {
	if (!ids.length) return new Map();
	return new Map(
		db()
			.select({ id: memberships.id, name: users.name })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(inArray(memberships.id, ids))
			.all()
			.map((r) => [r.id, r.name])
	);
}
