// Measurements: dated values of an indicator. Adding, correcting (the old row stays, ended, with who and
// when, pointing to its replacement), retracting, the current series and the complete history.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { measurements } from './tables';
import { writableIndicator } from './indicators';
import { touchPlan } from './plans';
import { checkDate, checkNumber, cleanText, LIMITS } from './values';

export type MeasurementRow = typeof measurements.$inferSelect;
export type NewMeasurement = { date: string; periodLabel?: string; value: number; source?: string; comment?: string };
export type Correction = { value: number; periodLabel?: string; source?: string; comment?: string };

function measurableIndicator(tx: Tx, indicatorId: number) {
	const indicator = writableIndicator(tx, indicatorId);
	if (indicator.state === 'retired') throw new DomainError('plans_error_indicator_retired', 'form');
	return indicator;
}

function currentAt(tx: Tx, indicatorId: number, date: string): MeasurementRow | undefined {
	return tx
		.select()
		.from(measurements)
		.where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.date, date), eq(measurements.isCurrent, true)))
		.get();
}

/**
 * Ends `old` and inserts its replacement, inside the caller's transaction: the old row keeps its value and
 * gets ended_at/ended_by (who corrected, when) and superseded_by_id.
 */
export function writeCorrection(
	tx: Tx,
	old: MeasurementRow,
	next: { value: number; periodLabel: string; source: string; comment: string },
	actorId: number | null,
	at: Date,
	importId: number | null = null
): MeasurementRow {
	tx.update(measurements).set({ isCurrent: false, endedAt: at, endedBy: actorId }).where(eq(measurements.id, old.id)).run();
	const row = tx
		.insert(measurements)
		.values({ indicatorId: old.indicatorId, date: old.date, ...next, enteredBy: actorId, enteredAt: at, importId, isCurrent: true })
		.returning()
		.get();
	tx.update(measurements).set({ supersededById: row.id }).where(eq(measurements.id, old.id)).run();
	return row;
}

/** A new value for a date that has none; a date that already has a value is corrected with correctMeasurement. */
export function addMeasurement(indicatorId: number, input: NewMeasurement, actorId: number | null): MeasurementRow {
	const date = checkDate(input.date, 'date');
	const value = checkNumber(input.value, 'value');
	const periodLabel = cleanText(input.periodLabel, 'periodLabel', LIMITS.periodLabel, true);
	const source = cleanText(input.source, 'source', LIMITS.source, true);
	const comment = cleanText(input.comment, 'comment', LIMITS.comment, true);
	const result = db().transaction((tx) => {
		const indicator = measurableIndicator(tx, indicatorId);
		const existing = currentAt(tx, indicatorId, date);
		if (existing) throw new DomainError('plans_error_measurement_exists', 'date', { measurementId: existing.id, value: existing.value });
		const row = tx.insert(measurements).values({ indicatorId, date, periodLabel, value, source, comment, enteredBy: actorId, enteredAt: new Date() }).returning().get();
		touchPlan(tx, indicator.planId);
		recordAudit(tx, { councilId: indicator.councilId, actorId, action: 'measurement.add', entityType: 'indicator', entityId: indicatorId, details: { measurementId: row.id, date, value } });
		return { row, indicator };
	});
	publish({ type: 'indicator.changed', councilId: result.indicator.councilId, planId: result.indicator.planId, indicatorId, what: 'measurements' });
	return result.row;
}

/** Replaces the current value `measurementId` with a corrected one; returns the new current row. */
export function correctMeasurement(measurementId: number, input: Correction, actorId: number | null): MeasurementRow {
	const value = checkNumber(input.value, 'value');
	const result = db().transaction((tx) => {
		const old = tx.select().from(measurements).where(eq(measurements.id, measurementId)).get();
		if (!old) throw new DomainError('plans_error_measurement_not_found', 'form');
		if (!old.isCurrent) throw new DomainError('plans_error_measurement_not_current', 'form', { supersededById: old.supersededById });
		const indicator = measurableIndicator(tx, old.indicatorId);
		const next = {
			value,
			periodLabel: input.periodLabel === undefined ? old.periodLabel : cleanText(input.periodLabel, 'periodLabel', LIMITS.periodLabel, true),
			source: input.source === undefined ? old.source : cleanText(input.source, 'source', LIMITS.source, true),
			comment: input.comment === undefined ? old.comment : cleanText(input.comment, 'comment', LIMITS.comment, true)
		};
		if (next.value === old.value && next.periodLabel === old.periodLabel && next.source === old.source && next.comment === old.comment)
			throw new DomainError('plans_error_correction_unchanged', 'value');
		const row = writeCorrection(tx, old, next, actorId, new Date());
		touchPlan(tx, indicator.planId);
		recordAudit(tx, {
			councilId: indicator.councilId,
			actorId,
			action: 'measurement.correct',
			entityType: 'indicator',
			entityId: indicator.id,
			details: { measurementId: row.id, replaces: old.id, date: old.date, from: old.value, to: value }
		});
		return { row, indicator };
	});
	publish({ type: 'indicator.changed', councilId: result.indicator.councilId, planId: result.indicator.planId, indicatorId: result.indicator.id, what: 'measurements' });
	return result.row;
}

/** Withdraws a current value entered by mistake (kept in the history, with who, when and why). */
export function retractMeasurement(measurementId: number, input: { reason?: string }, actorId: number | null): void {
	const reason = cleanText(input.reason, 'reason', LIMITS.comment, true);
	const indicator = db().transaction((tx) => {
		const old = tx.select().from(measurements).where(eq(measurements.id, measurementId)).get();
		if (!old) throw new DomainError('plans_error_measurement_not_found', 'form');
		if (!old.isCurrent) throw new DomainError('plans_error_measurement_not_current', 'form', { supersededById: old.supersededById });
		const ind = measurableIndicator(tx, old.indicatorId);
		tx.update(measurements).set({ isCurrent: false, endedAt: new Date(), endedBy: actorId, endNote: reason }).where(eq(measurements.id, measurementId)).run();
		touchPlan(tx, ind.planId);
		recordAudit(tx, {
			councilId: ind.councilId,
			actorId,
			action: 'measurement.retract',
			entityType: 'indicator',
			entityId: ind.id,
			details: { measurementId, date: old.date, value: old.value, reason }
		});
		return ind;
	});
	publish({ type: 'indicator.changed', councilId: indicator.councilId, planId: indicator.planId, indicatorId: indicator.id, what: 'measurements' });
}

export type SeriesPoint = { id: number; date: string; periodLabel: string; value: number; source: string; comment: string; enteredAt: Date; enteredByName: string | null; corrected: boolean };

/** The current values of an indicator, oldest date first (what charts and tables show). */
export type Paging = { limit: number; offset: number };

export function series(indicatorId: number, paging?: Paging): SeriesPoint[] {
	const previous = alias(measurements, 'previous');
	const rows = db()
		.select({
			id: measurements.id,
			date: measurements.date,
			periodLabel: measurements.periodLabel,
			value: measurements.value,
			source: measurements.source,
			comment: measurements.comment,
			enteredAt: measurements.enteredAt,
			enteredByName: users.name,
			previousId: previous.id
		})
		.from(measurements)
		.leftJoin(users, eq(users.id, measurements.enteredBy))
		.leftJoin(previous, eq(previous.supersededById, measurements.id))
		.where(and(eq(measurements.indicatorId, indicatorId), eq(measurements.isCurrent, true)))
		.orderBy(asc(measurements.date))
		.limit(paging?.limit ?? -1)
		.offset(paging?.offset ?? 0)
		.all();
	return rows.map(({ previousId, ...r }) => ({ ...r, corrected: previousId !== null }));
}

export type HistoryEntry = {
	id: number;
	date: string;
	periodLabel: string;
	value: number;
	source: string;
	comment: string;
	enteredAt: Date;
	enteredBy: { id: number; name: string } | null;
	importId: number | null;
	/** current: the value in force; superseded: replaced by supersededById; retracted: withdrawn */
	status: 'current' | 'superseded' | 'retracted';
	/** the row this one corrected, if it is a correction */
	replacesId: number | null;
	supersededById: number | null;
	endedAt: Date | null;
	endedBy: { id: number; name: string } | null;
	endNote: string;
};

/** Every value ever entered for the indicator, by date then in the order entered. */
export function history(indicatorId: number, paging?: Paging): HistoryEntry[] {
	const enterer = alias(users, 'enterer');
	const ender = alias(users, 'ender');
	const rows = db()
		.select({ m: measurements, entererName: enterer.name, enderName: ender.name })
		.from(measurements)
		.leftJoin(enterer, eq(enterer.id, measurements.enteredBy))
		.leftJoin(ender, eq(ender.id, measurements.endedBy))
		.where(eq(measurements.indicatorId, indicatorId))
		.orderBy(asc(measurements.date), asc(measurements.enteredAt), asc(measurements.id))
		.limit(paging?.limit ?? -1)
		.offset(paging?.offset ?? 0)
		.all();
	const replaces = new Map<number, number>();
	for (const { m } of rows) if (m.supersededById !== null) replaces.set(m.supersededById, m.id);
	return rows.map(({ m, entererName, enderName }) => ({
		id: m.id,
		date: m.date,
		periodLabel: m.periodLabel,
		value: m.value,
		source: m.source,
		comment: m.comment,
		enteredAt: m.enteredAt,
		enteredBy: m.enteredBy !== null ? { id: m.enteredBy, name: entererName ?? '' } : null,
		importId: m.importId,
		status: m.isCurrent ? 'current' : m.supersededById !== null ? 'superseded' : 'retracted',
		replacesId: replaces.get(m.id) ?? null,
		supersededById: m.supersededById,
		endedAt: m.endedAt,
		endedBy: m.endedBy !== null ? { id: m.endedBy, name: enderName ?? '' } : null,
		endNote: m.endNote
	}));
}

/** How many values an indicator has: current ones, and every row of its history (for paging). */
export function measurementCounts(indicatorId: number): { current: number; all: number } {
	const row = db()
		.select({ current: sql<number>`coalesce(sum(${measurements.isCurrent}), 0)`, all: sql<number>`count(*)` })
		.from(measurements)
		.where(eq(measurements.indicatorId, indicatorId))
		.get();
	return { current: row?.current ?? 0, all: row?.all ?? 0 };
}
