// Importing members from a CSV file: a preview that checks every row and writes nothing, then an import
// that re-checks and writes everything in one transaction, or nothing at all.
import { decodeCsvBytes, readCsv, stripBom, type CsvRow } from '../csv-read';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { councils, memberships } from './tables';
import { users } from '../auth/tables';
import { insertUser } from '../auth/users';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { insertMembership, upsertOrganisation } from './memberships';
import { listColleges } from './colleges';
import { insertInvitation, type InvitationMailComposer } from './invitations';
import { CSV_COLUMNS, REQUIRED_COLUMNS, columnOfHeader, csvRowSchema, rowContext, type CsvColumn } from '../../schemas/members-csv';

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** A problem found in the file: `code` is a message key, `field` a column (or 'file' / 'columns'); line 0 = the whole file. */
export type ImportIssue = { line: number; field: CsvColumn | 'file' | 'columns'; code: string; params: Record<string, string> };

export type ImportRow = {
	line: number;
	name: string;
	email: string;
	organisationName: string;
	organisationType: string | null;
	collegeId: number | null;
	collegeName: string | null;
	roles: string[];
	/** new account; existing account joining; deactivated member coming back */
	outcome: 'new' | 'existing' | 'reactivated';
};

export type ImportPreview = { ok: boolean; rows: ImportRow[]; issues: ImportIssue[]; ignoredColumns: string[] };

/** Accepted spellings of codes, label → code (the page passes the translated labels). */
export type ImportLabels = { organisationTypes?: Record<string, string>; roles?: Record<string, string> };

/** Reads uploaded bytes the way every CSV import does (csv-read.ts): UTF-8, else Windows-1252. */
export const decodeCsv = (bytes: Uint8Array): string => decodeCsvBytes(bytes).text;

/** The preview of a file refused for its size before it is even read. */
export function oversizedPreview(): ImportPreview {
	return fileIssue('members_import_e_too_big', { max: String(IMPORT_MAX_BYTES / 1024 / 1024) });
}

function fileIssue(code: string, params: Record<string, string> = {}, line = 0): ImportPreview {
	return { ok: false, rows: [], issues: [{ line, field: 'file', code, params }], ignoredColumns: [] };
}

type RawRow = CsvRow;

/** The rows of the file (the one CSV pipeline, csv-read.ts), each with the line it starts on (header = first). */
function parseRows(text: string): { rows: RawRow[]; issues: ImportIssue[]; tooMany: boolean } {
	const { rows, tooMany } = readCsv(text, { maxRows: IMPORT_MAX_ROWS });
	const issues = rows.flatMap((r) => r.errors.map((detail): ImportIssue => ({ line: r.line, field: 'file', code: 'members_import_e_malformed', params: { detail } })));
	return { rows, issues, tooMany };
}

/** Checks a file against the council; writes nothing. */
export function analyseImport(tx: Tx, councilId: number, input: string, labels: ImportLabels = {}): ImportPreview {
	if (new TextEncoder().encode(input).length > IMPORT_MAX_BYTES) return oversizedPreview();
	const text = stripBom(input);
	if (!text.trim()) return fileIssue('members_import_e_empty');
	const parsed = parseRows(text);
	if (parsed.tooMany) return fileIssue('members_import_e_too_many_rows', { max: String(IMPORT_MAX_ROWS) });
	const [header, ...data] = parsed.rows;
	const issues: ImportIssue[] = [...parsed.issues];

	// Header: which column is where; unknown columns are ignored and shown, missing required ones refused.
	const positions = new Map<CsvColumn, number>();
	const ignoredColumns: string[] = [];
	header.cells.forEach((cell, index) => {
		const column = columnOfHeader(cell);
		if (!column) {
			if (cell.trim()) ignoredColumns.push(cell.trim());
		} else if (positions.has(column)) {
			issues.push({ line: header.line, field: column, code: 'members_import_e_duplicate_column', params: { column: cell.trim() } });
		} else positions.set(column, index);
	});
	for (const column of REQUIRED_COLUMNS) if (!positions.has(column)) issues.push({ line: header.line, field: column, code: 'members_import_e_missing_column', params: {} });
	if (issues.some((i) => i.line === header.line)) return { ok: false, rows: [], issues, ignoredColumns };
	if (data.length === 0) return fileIssue('members_import_e_no_rows', {}, header.line);

	const schema = csvRowSchema(rowContext(listColleges(councilId, tx), labels));
	const checked: { raw: RawRow; row: ImportRow | null }[] = [];
	for (const raw of data) {
		const values = Object.fromEntries(CSV_COLUMNS.map((c) => [c, positions.has(c) ? (raw.cells[positions.get(c)!] ?? '') : '']));
		const rowIssues: ImportIssue[] = [];
		if (raw.cells.slice(header.cells.length).some((c) => c.trim()))
			rowIssues.push({ line: raw.line, field: 'columns', code: 'members_import_e_extra_cells', params: { expected: String(header.cells.length), found: String(raw.cells.length) } });
		const result = schema.safeParse(values);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = (issue.path[0] as CsvColumn | undefined) ?? 'file';
				const params: Record<string, string> = {};
				if (issue.code === 'too_big') params.max = String(issue.maximum);
				if (issue.code === 'custom' && issue.params) for (const [k, v] of Object.entries(issue.params)) params[k] = String(v);
				rowIssues.push({ line: raw.line, field, code: issue.message, params });
			}
		}
		issues.push(...rowIssues);
		const ok = result.success && rowIssues.length === 0;
		checked.push({
			raw,
			row: ok
				? {
						line: raw.line,
						name: result.data.name,
						email: result.data.email,
						organisationName: result.data.organisation,
						organisationType: result.data.organisation ? (result.data.organisation_type ?? 'other') : null,
						collegeId: result.data.college?.id ?? null,
						collegeName: result.data.college?.name ?? null,
						roles: result.data.roles,
						outcome: 'new'
					}
				: null
		});
	}

	// Across rows and against the council: an address appears once, and is not already an active member.
	const emails = [...new Set(checked.flatMap((c) => (c.row ? [c.row.email] : [])))];
	const accounts = new Map<string, number>();
	const statuses = new Map<string, string>();
	for (let i = 0; i < emails.length; i += 500) {
		const chunk = emails.slice(i, i + 500);
		// An account whose address was never proved (workshop guest link) is not "existing" for an import: its
		// row goes through an invitation like a new address (see importMembers).
		for (const u of tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(and(inArray(users.email, chunk), isNotNull(users.emailVerifiedAt)))
			.all())
			accounts.set(u.email, u.id);
		const rows = tx
			.select({ email: users.email, status: memberships.status })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(memberships.councilId, councilId), inArray(users.email, chunk)))
			.all();
		for (const r of rows) statuses.set(r.email, r.status);
	}
	const firstLine = new Map<string, number>();
	const rows: ImportRow[] = [];
	for (const { row } of checked) {
		if (!row) continue;
		const seen = firstLine.get(row.email);
		if (seen !== undefined) {
			issues.push({ line: row.line, field: 'email', code: 'members_import_e_duplicate', params: { line: String(seen) } });
			continue;
		}
		firstLine.set(row.email, row.line);
		const status = statuses.get(row.email);
		if (status === 'active') {
			issues.push({ line: row.line, field: 'email', code: 'members_import_e_already_member', params: {} });
			continue;
		}
		rows.push({ ...row, outcome: status ? 'reactivated' : accounts.has(row.email) ? 'existing' : 'new' });
	}
	const order = ['file', 'columns', ...CSV_COLUMNS];
	issues.sort((a, b) => a.line - b.line || order.indexOf(a.field) - order.indexOf(b.field));
	return { ok: issues.length === 0, rows, issues, ignoredColumns };
}

export function previewImport(councilId: number, text: string, labels: ImportLabels = {}): ImportPreview {
	return analyseImport(db(), councilId, text, labels);
}

export type ImportResult = { ok: true; imported: number; created: number; reactivated: number; invited: number } | { ok: false; preview: ImportPreview };

/**
 * Imports every row or none: new addresses get an account without password and an invitation (14 days)
 * whose mail lets them choose one; deactivated members come back. An address whose account was never verified
 * (made through a workshop guest link by whoever typed it) gets only the invitation: the membership is
 * attached when the mailed link is followed, never directly. One audit entry for the whole file.
 */
export function importMembers(councilId: number, text: string, actorId: number | null, options: { labels?: ImportLabels; composeMail: InvitationMailComposer; now?: number }): ImportResult {
	const now = options.now ?? Date.now();
	const result = db().transaction((tx): ImportResult => {
		const council = tx.select({ id: councils.id, name: councils.name }).from(councils).where(eq(councils.id, councilId)).get();
		if (!council) throw new DomainError('members_error_council_not_found');
		const preview = analyseImport(tx, councilId, text, options.labels);
		if (!preview.ok) return { ok: false, preview };
		let created = 0;
		let reactivated = 0;
		let invited = 0;
		for (const row of preview.rows) {
			let user = tx.select({ id: users.id, passwordHash: users.passwordHash, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, row.email)).get();
			if (!user) {
				user = insertUser(tx, { email: row.email, name: row.name });
				created++;
			}
			const invite = () =>
				insertInvitation(tx, {
					councilId,
					councilName: council.name,
					email: row.email,
					name: row.name,
					collegeId: row.collegeId,
					organisationName: row.organisationName,
					organisationType: row.organisationType ?? 'other',
					roles: row.roles,
					createdBy: actorId,
					now,
					composeMail: options.composeMail
				});
			if (!user.emailVerifiedAt) {
				invite();
				invited++;
				continue;
			}
			const organisationId = row.organisationType ? upsertOrganisation(tx, row.organisationName, row.organisationType) : null;
			if (row.outcome === 'reactivated') {
				tx.update(memberships)
					.set({ status: 'active', deactivatedAt: null, collegeId: row.collegeId, organisationId, roles: row.roles })
					.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, user.id)))
					.run();
				reactivated++;
			} else {
				insertMembership(tx, { councilId, userId: user.id, collegeId: row.collegeId, organisationId, roles: row.roles });
			}
			if (!user.passwordHash) {
				invite();
				invited++;
			}
		}
		recordAudit(tx, {
			councilId,
			actorId,
			action: 'member.import',
			entityType: 'council',
			entityId: councilId,
			details: { rows: preview.rows.length, created, reactivated, invited, emails: preview.rows.map((r) => r.email) }
		});
		return { ok: true, imported: preview.rows.length, created, reactivated, invited };
	});
	if (result.ok) publish({ type: 'members.imported', councilId, count: result.imported });
	return result;
}
