// Documents attached to agenda items (stored with files/storage.ts, owner 'agenda_item'), added and removed by the
// secretariat until the plenary closes; readable by whoever may read the plenary.
import fs from 'node:fs';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { files } from '../files/tables';
import { deleteFilesOf, filePath, recordUpload, type FileRow, type PreparedUpload, type StoredFile } from '../files/storage';
import { editableAgendaItem, type PlenaryUser } from './access';
import { agendaItems } from './tables';
import { removeAgendaItem } from './agenda';
import { deletePlenary } from './plenaries';

export const DOCUMENT_OWNER = 'agenda_item';

/** Records an upload checked and written by prepareUpload (the caller discards it if this throws). */
export function addItemDocument(user: PlenaryUser, itemId: number, upload: PreparedUpload): StoredFile {
	const { stored, plenary } = db().transaction((tx) => {
		const { item, plenary } = editableAgendaItem(tx, user, itemId);
		if (upload.councilId !== plenary.councilId) throw new DomainError('plenaries_error_not_found', 'document');
		const stored = recordUpload(tx, upload, { ownerType: DOCUMENT_OWNER, ownerId: item.id, uploadedBy: user.id });
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.document_add', entityType: 'agenda_item', entityId: item.id, details: { name: stored.name } });
		return { stored, plenary };
	});
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId: plenary.id, what: 'agenda' });
	return stored;
}

export function removeItemDocument(user: PlenaryUser, itemId: number, fileId: number): void {
	const { row, plenary } = db().transaction((tx) => {
		const { item, plenary } = editableAgendaItem(tx, user, itemId);
		const row = tx
			.delete(files)
			.where(and(eq(files.id, fileId), eq(files.ownerType, DOCUMENT_OWNER), eq(files.ownerId, item.id)))
			.returning()
			.get();
		if (!row) throw new DomainError('plenaries_error_not_found', 'fileId');
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.document_remove', entityType: 'agenda_item', entityId: item.id, details: { name: row.originalName } });
		return { row, plenary };
	});
	fs.rmSync(filePath(row), { force: true });
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId: plenary.id, what: 'agenda' });
}

export type ItemDocument = { id: number; agendaItemId: number; name: string; mime: string; size: number };

/** The documents of every item of a plenary, oldest first. */
export function plenaryDocuments(plenaryId: number): ItemDocument[] {
	const ids = db()
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(eq(agendaItems.plenaryId, plenaryId))
		.all()
		.map((r) => r.id);
	if (!ids.length) return [];
	return db()
		.select()
		.from(files)
		.where(and(eq(files.ownerType, DOCUMENT_OWNER), inArray(files.ownerId, ids)))
		.orderBy(asc(files.id))
		.all()
		.map((f) => ({ id: f.id, agendaItemId: f.ownerId, name: f.originalName, mime: f.mime, size: f.size }));
}

/** A document of the plenary (for its download), or undefined. */
export function plenaryDocument(plenaryId: number, fileId: number): FileRow | undefined {
	const row = db()
		.select()
		.from(files)
		.where(and(eq(files.id, fileId), eq(files.ownerType, DOCUMENT_OWNER)))
		.get();
	if (!row) return undefined;
	const item = db().select({ plenaryId: agendaItems.plenaryId }).from(agendaItems).where(eq(agendaItems.id, row.ownerId)).get();
	return item?.plenaryId === plenaryId ? row : undefined;
}

/** Removes an agenda item (see removeAgendaItem) and then its documents, rows and bytes. */
export function removeItemAndDocuments(user: PlenaryUser, itemId: number): void {
	removeAgendaItem(user, itemId);
	deleteFilesOf(DOCUMENT_OWNER, itemId);
}

/** Deletes a plenary never convened (see deletePlenary) and then the documents of its agenda. */
export function deletePlenaryAndDocuments(user: PlenaryUser, plenaryId: number): void {
	const itemIds = db()
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(eq(agendaItems.plenaryId, plenaryId))
		.all()
		.map((r) => r.id);
	deletePlenary(user, plenaryId);
	for (const id of itemIds) deleteFilesOf(DOCUMENT_OWNER, id);
}
