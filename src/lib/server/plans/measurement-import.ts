// CSV import of measurements into a plan: a preview that checks every row (every bad row by line and
// field, with a message code), then an all-or-nothing import in one transaction.
//
// Columns (header on line 1, French or English names, any order; unknown columns are ignored):
//   indicator (id, or exact name within the plan; case is ignored when that is unambiguous)
//   date      (YYYY-MM-DD, DD/MM/YYYY, or a year YYYY meaning 31 December)
//   value     (French or English notation, see csv-values.ts)
//   source, comment, period (optional; period defaults to the year when the date is a year)
// The file is read by the one CSV pipeline (csv-read.ts): UTF-8 or Windows-1252, separator ';', ',' or tab. A
// value for an (indicator, date) that already has another value is a correction (the old row stays in the
// history); the same value (and no other period) is 'unchanged' and writes nothing, whatever its source or
// comment: the same figure re-imported from another source corrects nothing. Empty source/comment/period
// cells keep the existing ones on a correction. An unknown indicator name that looks spoiled by the file's
// encoding is said so ("encodage ?") rather than only unknown.
import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { indicators, measurementImports, measurements } from './tables';
import { touchPlan, writablePlan } from './plans';
import { nameKey } from './indicators';
import { looksMisdecoded } from '../csv-read';
import { parseDateCell, parseDecimal } from './csv-values';
import { LIMITS } from './values';
import { mapHeader, parseCsv, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, type ImportColumn, type ImportIssue, type RawRow } from './import-file';

export { IMPORT_COLUMNS, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, type ImportColumn, type ImportIssue } from './import-file';

const CHUNK = 500;

export type ImportChange = 'new' | 'correction' | 'unchanged';
export type ImportRow = {
	line: number;
	indicatorId: number;
	indicatorName: string;
	date: string;
	periodLabel: string;
	value: number;
	source: string;
	comment: string;
	change: ImportChange;
	/** the current value it corrects (or repeats) */
	previous: { id: number; value: number } | null;
};
export type ImportPreview = {
	ok: boolean;
	/** data rows read (blank lines skipped) */
	total: number;
	rows: ImportRow[];
	errors: ImportIssue[];
	counts: { new: number; corrections: number; unchanged: number };
	ignoredColumns: string[];
	delimiter: string;
};
export type ImportResult = { importId: number; total: number; created: number; corrected: number; unchanged: number; indicatorIds: number[] };
export type ImportProgress = (done: number, total: number, phase: 'validate' | 'write') => void;

/** Thrown by importMeasurements when the file has bad rows: nothing was written. */
export class ImportValidationError extends DomainError {
	constructor(public readonly errors: ImportIssue[]) {
		super('plans_import_error_invalid', 'file', { count: errors.length });
		this.name = 'ImportValidationError';
	}
}

type Current = { id: number; value: number; source: string; comment: string; periodLabel: string };
type Context = {
	byId: Map<number, { id: number; name: string; state: string }>;
	byName: Map<string, { id: number; name: string; state: string }>;
	/** lower-cased name → indicator, or null when two names differ only by case */
	byLowerName: Map<string, { id: number; name: string; state: string } | null>;
	current: Map<string, Current>;
};

function loadContext(tx: Tx, planId: number): Context {
	const rows = tx.select({ id: indicators.id, name: indicators.name, state: indicators.state }).from(indicators).where(eq(indicators.planId, planId)).all();
	const byLowerName = new Map<string, (typeof rows)[number] | null>();
	for (const r of rows) {
		const key = nameKey(r.name);
		byLowerName.set(key, byLowerName.has(key) ? null : r);
	}
	const current = new Map<string, Current>();
	for (const m of tx
		.select({
			id: measurements.id,
			indicatorId: measurements.indicatorId,
			date: measurements.date,
			value: measurements.value,
			source: measurements.source,
			comment: measurements.comment,
			periodLabel: measurements.periodLabel
		})
		.from(measurements)
		.innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
		.where(and(eq(indicators.planId, planId), eq(measurements.isCurrent, true)))
		.all())
		current.set(`${m.indicatorId}|${m.date}`, m);
	return { byId: new Map(rows.map((r) => [r.id, r])), byName: new Map(rows.map((r) => [r.name.trim(), r])), byLowerName, current };
}

type Candidate = Omit<ImportRow, 'change' | 'previous'> & {
	/** the period column as written ('' when absent) */
	explicitPeriod: string;
};

/**
 * New, correction or unchanged, against the current values: only another value (or another explicit period) is a
 * correction. Empty source, comment and period cells keep the existing ones; a period derived from a year-only
 * date never counts as a change by itself.
 */
function classify(row: Candidate, ctx: Context): ImportRow {
	const { explicitPeriod, ...base } = row;
	const existing = ctx.current.get(`${row.indicatorId}|${row.date}`);
	if (!existing) return { ...base, change: 'new', previous: null };
	const source = row.source || existing.source;
	const comment = row.comment || existing.comment;
	const periodLabel = explicitPeriod || existing.periodLabel || row.periodLabel;
	const same = row.value === existing.value && (!explicitPeriod || explicitPeriod === existing.periodLabel);
	if (same) return { ...base, source: existing.source, comment: existing.comment, periodLabel: existing.periodLabel, change: 'unchanged', previous: { id: existing.id, value: existing.value } };
	return { ...base, source, comment, periodLabel, change: 'correction', previous: { id: existing.id, value: existing.value } };
}

function validateRow(
	raw: RawRow,
	columns: Map<ImportColumn, number>,
	width: number,
	ctx: Context,
	seen: Map<string, number>
): { candidate: Candidate | null; row: ImportRow | null; errors: ImportIssue[] } {
	const errors: ImportIssue[] = [];
	const issue = (field: ImportIssue['field'], code: string, params: Record<string, string> = {}) => errors.push({ line: raw.line, field, code, params });
	if (raw.quoteError) issue('row', 'plans_import_e_bad_quotes');
	if (raw.cells.length > width && raw.cells.slice(width).some((c) => c.trim() !== '')) issue('row', 'plans_import_e_field_count', { expected: String(width), found: String(raw.cells.length) });
	const cell = (c: ImportColumn) => {
		const i = columns.get(c);
		return i === undefined ? '' : (raw.cells[i] ?? '').trim();
	};

	const indicatorText = cell('indicator');
	let indicator: { id: number; name: string; state: string } | undefined | null;
	if (!indicatorText) issue('indicator', 'plans_import_e_required');
	else {
		indicator = /^\d+$/.test(indicatorText) ? ctx.byId.get(Number(indicatorText)) : undefined;
		indicator ??= ctx.byName.get(indicatorText) ?? ctx.byLowerName.get(nameKey(indicatorText)) ?? undefined;
		if (!indicator) issue('indicator', looksMisdecoded(indicatorText, ctx.byName.keys()) ? 'plans_import_e_unknown_indicator_encoding' : 'plans_import_e_unknown_indicator', { value: indicatorText });
		else if (indicator.state === 'retired') issue('indicator', 'plans_import_e_indicator_retired', { name: indicator.name });
	}

	const dateText = cell('date');
	const date = dateText ? parseDateCell(dateText) : null;
	if (!dateText) issue('date', 'plans_import_e_required');
	else if (!date) issue('date', 'plans_import_e_bad_date', { value: dateText });

	const valueText = cell('value');
	const value = valueText ? parseDecimal(valueText) : null;
	if (!valueText) issue('value', 'plans_import_e_required');
	else if (value === null) issue('value', 'plans_import_e_bad_number', { value: valueText });

	const source = cell('source');
	const comment = cell('comment');
	const period = cell('period');
	if (source.length > LIMITS.source) issue('source', 'plans_import_e_too_long', { max: String(LIMITS.source) });
	if (comment.length > LIMITS.comment) issue('comment', 'plans_import_e_too_long', { max: String(LIMITS.comment) });
	if (period.length > LIMITS.periodLabel) issue('period', 'plans_import_e_too_long', { max: String(LIMITS.periodLabel) });

	if (indicator && date) {
		const key = `${indicator.id}|${date.date}`;
		const first = seen.get(key);
		if (first !== undefined) issue('date', 'plans_import_e_duplicate_row', { line: String(first) });
		else seen.set(key, raw.line);
	}
	if (errors.length || !indicator || !date || value === null) return { candidate: null, row: null, errors };
	const candidate: Candidate = {
		line: raw.line,
		indicatorId: indicator.id,
		indicatorName: indicator.name,
		date: date.date,
		periodLabel: period || date.periodLabel,
		explicitPeriod: period,
		value,
		source,
		comment
	};
	return { candidate, row: classify(candidate, ctx), errors };
}

/**
 * Validates the file against the plan. A generator: it pauses after every chunk of rows so that the
 * preview can run it straight through and the import can give the event loop a turn in between.
 */
function* validation(tx: Tx, planId: number, csvText: string, onProgress?: ImportProgress, candidates: Candidate[] = []): Generator<void, ImportPreview, void> {
	const empty = { rows: [], counts: { new: 0, corrections: 0, unchanged: 0 }, ignoredColumns: [] };
	if (csvText.length > MAX_IMPORT_CHARS)
		return { ok: false, total: 0, ...empty, delimiter: ',', errors: [{ line: 1, field: 'file', code: 'plans_import_e_too_large', params: { max: String(MAX_IMPORT_CHARS) } }] };
	const parsed = parseCsv(csvText);
	const head = mapHeader(parsed.header);
	const total = parsed.rows.length;
	const fileError = (code: string, params: Record<string, string> = {}): ImportPreview => ({
		ok: false,
		total,
		...empty,
		ignoredColumns: head.ignored,
		delimiter: parsed.delimiter,
		errors: [{ line: 1, field: 'file', code, params }]
	});
	if (head.errors.length) return { ok: false, total, ...empty, ignoredColumns: head.ignored, delimiter: parsed.delimiter, errors: head.errors };
	if (total === 0) return fileError('plans_import_e_no_rows');
	if (total > MAX_IMPORT_ROWS) return fileError('plans_import_e_too_many_rows', { max: String(MAX_IMPORT_ROWS) });

	const ctx = loadContext(tx, planId);
	const width = parsed.header!.cells.length;
	const seen = new Map<string, number>();
	const rows: ImportRow[] = [];
	const errors: ImportIssue[] = [];
	const counts = { new: 0, corrections: 0, unchanged: 0 };
	onProgress?.(0, total, 'validate');
	for (let i = 0; i < total; i++) {
		const result = validateRow(parsed.rows[i], head.columns, width, ctx, seen);
		for (const e of result.errors) errors.push(e);
		if (result.row) {
			rows.push(result.row);
			candidates.push(result.candidate!);
			counts[result.row.change === 'new' ? 'new' : result.row.change === 'correction' ? 'corrections' : 'unchanged']++;
		}
		if ((i + 1) % CHUNK === 0 && i + 1 < total) {
			onProgress?.(i + 1, total, 'validate');
			yield;
		}
	}
	onProgress?.(total, total, 'validate');
	return { ok: errors.length === 0, total, rows, errors, counts, ignoredColumns: head.ignored, delimiter: parsed.delimiter };
}

/** Checks every row and says what importing would do; writes nothing. */
export function previewMeasurementImport(planId: number, csvText: string): ImportPreview {
	writablePlan(db(), planId);
	const run = validation(db(), planId, csvText);
	let step = run.next();
	while (!step.done) step = run.next();
	return step.value;
}

/**
 * Re-validates the file, then writes every row in one transaction, or nothing (ImportValidationError, with
 * every bad row, when the file has any). onProgress(done, total, phase) is called every 500 rows while
 * validating (the event loop gets a turn every 2 000 rows, so a streamed response can flush) and writing.
 */
export async function importMeasurements(planId: number, csvText: string, actorId: number | null, onProgress?: ImportProgress, options: { fileName?: string } = {}): Promise<ImportResult> {
	const checked = await validateMeasurementImport(planId, csvText, onProgress);
	return writeMeasurementImport(planId, checked, actorId, onProgress, options);
}

/** A file checked by validateMeasurementImport, ready to be written. */
export type CheckedImport = { candidates: Candidate[]; checksum: string };

/** The validation half of importMeasurements (outside any transaction, yielding): ImportValidationError on bad rows. */
export async function validateMeasurementImport(planId: number, csvText: string, onProgress?: ImportProgress): Promise<CheckedImport> {
	writablePlan(db(), planId);
	const candidates: Candidate[] = [];
	const run = validation(db(), planId, csvText, onProgress, candidates);
	let step = run.next();
	for (let chunks = 1; !step.done; chunks++) {
		if (chunks % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
		step = run.next();
	}
	const preview = step.value;
	if (!preview.ok) throw new ImportValidationError(preview.errors);
	return { candidates, checksum: createHash('sha256').update(csvText).digest('hex') };
}

/** The writing half of importMeasurements: every checked row in one transaction (the caller's when it has one). */
export function writeMeasurementImport(
	planId: number,
	{ candidates, checksum }: CheckedImport,
	actorId: number | null,
	onProgress?: ImportProgress,
	options: { fileName?: string } = {}
): ImportResult {
	const at = new Date();

	const result = db().transaction((tx) => {
		const plan = writablePlan(tx, planId);
		// the data may have changed since validation: check the indicators again and re-classify every row
		const ctx = loadContext(tx, planId);
		const stale: ImportIssue[] = [];
		const rows = candidates.map((row) => {
			const indicator = ctx.byId.get(row.indicatorId);
			if (!indicator) stale.push({ line: row.line, field: 'indicator', code: 'plans_import_e_unknown_indicator', params: { value: row.indicatorName } });
			else if (indicator.state === 'retired') stale.push({ line: row.line, field: 'indicator', code: 'plans_import_e_indicator_retired', params: { name: indicator.name } });
			return classify(row, ctx);
		});
		if (stale.length) throw new ImportValidationError(stale);
		const writes = rows.filter((r) => r.change !== 'unchanged');
		const corrections = writes.filter((r) => r.change === 'correction');
		const created = writes.length - corrections.length;

		const importRow = tx
			.insert(measurementImports)
			.values({
				planId,
				actorId,
				fileName: (options.fileName ?? '').slice(0, 255),
				checksum,
				rowCount: rows.length,
				createdCount: created,
				correctedCount: corrections.length,
				unchangedCount: rows.length - writes.length
			})
			.returning({ id: measurementImports.id })
			.get();
		onProgress?.(0, writes.length, 'write');
		// prepared statements on the transaction's connection: building 10 000 rows through the query builder
		// costs seconds, these take milliseconds
		const client = db().$client;
		const endRow = client.prepare('update measurements set is_current = 0, ended_at = ?, ended_by = ? where id = ?');
		const insertRow = client.prepare(
			'insert into measurements (indicator_id, date, period_label, value, source, comment, entered_by, entered_at, import_id, is_current) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)'
		);
		const linkRow = client.prepare(
			'update measurements set superseded_by_id = (select n.id from measurements n where n.indicator_id = measurements.indicator_id and n.date = measurements.date and n.is_current = 1) where id = ?'
		);
		const stamp = at.getTime();
		for (const r of corrections) endRow.run(stamp, actorId, r.previous!.id);
		writes.forEach((r, i) => {
			insertRow.run(r.indicatorId, r.date, r.periodLabel, r.value, r.source, r.comment, actorId, stamp, importRow.id);
			if ((i + 1) % CHUNK === 0 || i + 1 === writes.length) onProgress?.(i + 1, writes.length, 'write');
		});
		// each ended row points to the current row that replaced it
		for (const r of corrections) linkRow.run(r.previous!.id);
		touchPlan(tx, planId);
		const indicatorIds = [...new Set(writes.map((r) => r.indicatorId))];
		recordAudit(tx, {
			councilId: plan.councilId,
			actorId,
			action: 'measurements.import',
			entityType: 'measurement_import',
			entityId: importRow.id,
			details: { planId, fileName: options.fileName ?? '', rows: rows.length, created, corrected: corrections.length, unchanged: rows.length - writes.length, indicators: indicatorIds.length }
		});
		return { councilId: plan.councilId, importId: importRow.id, total: rows.length, created, corrected: corrections.length, unchanged: rows.length - writes.length, indicatorIds };
	});
	if (result.created + result.corrected > 0)
		publish({ type: 'measurements.imported', councilId: result.councilId, planId, indicatorIds: result.indicatorIds, count: result.created + result.corrected });
	const { councilId: _c, ...out } = result;
	return out;
}

export type ImportLogItem = typeof measurementImports.$inferSelect & { actorName: string | null };

/** The plan's imports, most recent first. */
export function listImports(planId: number, limit = 50): ImportLogItem[] {
	return db()
		.select({ i: measurementImports, actorName: users.name })
		.from(measurementImports)
		.leftJoin(users, eq(users.id, measurementImports.actorId))
		.where(eq(measurementImports.planId, planId))
		.orderBy(desc(measurementImports.createdAt), desc(measurementImports.id))
		.limit(limit)
		.all()
		.map(({ i, actorName }) => ({ ...i, actorName }));
}
