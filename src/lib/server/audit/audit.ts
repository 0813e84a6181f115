// The audit trail: services call recordAudit inside the transaction that makes the change.
import { and, desc, eq, gte, lte, like, sql, type SQL } from 'drizzle-orm';
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
	if (filter.action) where.push(like(auditLog.action, `${filter.action}%`));
	if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
	if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
	if (filter.from) where.push(gte(auditLog.createdAt, filter.from));
	if (filter.to) where.push(lte(auditLog.createdAt, filter.to));
	const condition = and(...where);
	const total = db().select({ n: sql<number>`count(*)` }).from(auditLog).where(condition).get()?.n ?? 0;
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
