// The audit trail: services call recordAudit inside the transaction that makes the change.
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { auditLog } from './tables';
import { users } from '../auth/tables';

export type AuditEntry = {
	councilId: number | null;
	actorId: number | null;
	action: string;
	entityType: string;
	entityId?: string | number | null;
	details?: Record<string, unknown>;
};

export function recordAudit(tx: Tx, entry: AuditEntry): void {
	tx.insert(auditLog)
		.values({
			councilId: entry.councilId,
			actorId: entry.actorId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
			details: entry.details ?? null
		})
		.run();
}

/** 'college.update' matches that action; a prefix ending with a dot ('college.') matches a whole family. */
function actionMatches(action: string): SQL {
	if (!action.endsWith('.')) return eq(auditLog.action, action);
	const pattern = action.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
	return sql`${auditLog.action} like ${pattern} escape '\\'`;
}

export type AuditFilter = {
	councilId: number;
	action?: string;
	actorId?: number;
	entityType?: string;
	from?: Date;
	to?: Date;
	page: number;
	pageSize: number;
};

export function listAudit(filter: AuditFilter) {
	const where: SQL[] = [eq(auditLog.councilId, filter.councilId)];
	if (filter.action) where.push(actionMatches(filter.action));
	if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
	if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
	if (filter.from) where.push(gte(auditLog.createdAt, filter.from));
	if (filter.to) where.push(lte(auditLog.createdAt, filter.to));
	const condition = and(...where);
	const total =
		db()
			.select({ n: sql<number>`count(*)` })
			.from(auditLog)
			.where(condition)
			.get()?.n ?? 0;
	const rows = db()
		.select({
			id: auditLog.id,
			action: auditLog.action,
			entityType: auditLog.entityType,
			entityId: auditLog.entityId,
			details: auditLog.details,
			createdAt: auditLog.createdAt,
			actorId: auditLog.actorId,
			actorName: users.name
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.where(condition)
		.orderBy(desc(auditLog.createdAt), desc(auditLog.id))
		.limit(filter.pageSize)
		.offset((filter.page - 1) * filter.pageSize)
		.all();
	return { rows, total };
}

/** Distinct actions recorded for a council, for the filter menu. */
export function listAuditActions(councilId: number): string[] {
	return db()
		.selectDistinct({ action: auditLog.action })
		.from(auditLog)
		.where(eq(auditLog.councilId, councilId))
		.orderBy(auditLog.action)
		.all()
		.map((r) => r.action);
}

export type Change = { from: unknown; to: unknown };

/** The fields whose value differs between before and after, as { field: { from, to } }; null when none. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]) {
	const changes: Record<string, Change> = {};
	for (const field of fields) {
		if (!(field in after)) continue;
		const from = before[field];
		const to = after[field];
		if (from instanceof Date || to instanceof Date ? String(from) !== String(to) : from !== to) changes[field] = { from, to };
	}
	return Object.keys(changes).length ? changes : null;
}

/** People who appear in a council's audit log, for the filter menu. */
export function listAuditActors(councilId: number): { id: number; name: string }[] {
	return db().selectDistinct({ id: users.id, name: users.name }).from(auditLog).innerJoin(users, eq(users.id, auditLog.actorId)).where(eq(auditLog.councilId, councilId)).orderBy(users.name).all();
}

/** Distinct entity types recorded for a council, for the filter menu. */
export function listAuditEntityTypes(councilId: number): string[] {
	return db()
		.selectDistinct({ entityType: auditLog.entityType })
		.from(auditLog)
		.where(eq(auditLog.councilId, councilId))
		.orderBy(auditLog.entityType)
		.all()
		.map((r) => r.entityType);
}
