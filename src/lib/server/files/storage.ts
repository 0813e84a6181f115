// Attachments: checked (size, type from content, name), written under DATA_DIR/files/<council>/<random>,
// recorded in `files`. Who may upload or read is decided by the caller (the owner's domain).
//
// Names and types: the type comes from the content. A name whose extension names another known type
// ("photo.pdf" holding a PNG, "page.html", "setup.exe") is REFUSED (files_error_mismatch / files_error_type)
// rather than renamed, so that nobody is surprised by what they shared. A name without an extension, or
// with a trailing ".something" that is no file type, gets the detected type's extension appended.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { config } from '../config';
import { DomainError } from '../errors';
import { files } from './tables';
import { detectFormat, isKnownExtension } from './detect';
import { joinName, sanitizeFileName, splitExtension } from './names';
import { MAX_FILE_MB } from '../../files';

export type FileRow = typeof files.$inferSelect;
export type StoredFile = { id: number; name: string; mime: string; size: number };

export { ACCEPTED_EXTENSIONS, MAX_FILE_MB } from '../../files';
export const MAX_FILE_SIZE = MAX_FILE_MB * 1024 * 1024;
const FIELD = 'attachments';
const STORED_NAME = /^[a-f0-9]{32}$/;

function councilDir(councilId: number): string {
	if (!Number.isSafeInteger(councilId) || councilId <= 0) throw new Error(`invalid council id ${councilId}`);
	return path.join(config.dataDir, 'files', String(councilId));
}

/** Where a file's bytes are on disk. */
export function filePath(row: Pick<FileRow, 'councilId' | 'storedName'>): string {
	if (!STORED_NAME.test(row.storedName)) throw new Error('invalid stored name');
	return path.join(councilDir(row.councilId), row.storedName);
}

/** A checked upload already written to disk, not yet recorded: see recordUpload / discardUpload. */
export type PreparedUpload = { councilId: number; storedName: string; name: string; mime: string; size: number };

/**
 * Checks and writes one upload; throws DomainError (field 'attachments') when it is refused:
 * files_error_empty, files_error_too_large {max}, files_error_type {name}, files_error_mismatch {name, type}.
 * Lets a caller check every attachment BEFORE its own transaction, then record them inside it.
 */
export async function prepareUpload(file: File, councilId: number): Promise<PreparedUpload> {
	const dir = councilDir(councilId);
	const shownName = sanitizeFileName(file.name);
	if (file.size > MAX_FILE_SIZE) throw new DomainError('files_error_too_large', FIELD, { max: String(MAX_FILE_MB), name: shownName });
	if (file.size === 0) throw new DomainError('files_error_empty', FIELD, { name: shownName });
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.length > MAX_FILE_SIZE) throw new DomainError('files_error_too_large', FIELD, { max: String(MAX_FILE_MB), name: shownName });

	const { base, ext } = splitExtension(shownName);
	const claimed = ext.toLowerCase();
	const format = await detectFormat(bytes, claimed);
	if (!format) throw new DomainError('files_error_type', FIELD, { name: shownName });
	let name: string;
	if (claimed && format.exts.includes(claimed)) name = joinName(base, claimed);
	else if (claimed && isKnownExtension(claimed)) throw new DomainError('files_error_mismatch', FIELD, { name: shownName, type: format.label });
	else name = joinName(shownName, format.exts[0]);

	fs.mkdirSync(dir, { recursive: true });
	const storedName = randomBytes(16).toString('hex');
	fs.writeFileSync(path.join(dir, storedName), bytes, { flag: 'wx', mode: 0o640 });
	return { councilId, storedName, name, mime: format.mime, size: bytes.length };
}

/** Records a prepared upload inside the caller's transaction. */
export function recordUpload(tx: Tx, prepared: PreparedUpload, owner: { ownerType: string; ownerId: number; uploadedBy: number }): StoredFile {
	const row = tx
		.insert(files)
		.values({
			councilId: prepared.councilId,
			ownerType: owner.ownerType,
			ownerId: owner.ownerId,
			originalName: prepared.name,
			storedName: prepared.storedName,
			mime: prepared.mime,
			size: prepared.size,
			uploadedBy: owner.uploadedBy
		})
		.returning()
		.get();
	return { id: row.id, name: row.originalName, mime: row.mime, size: row.size };
}

/** Removes the bytes of a prepared upload that will not be recorded (the caller's transaction failed). */
export function discardUpload(prepared: PreparedUpload): void {
	fs.rmSync(filePath(prepared), { force: true });
}

/** Checks, writes and records one upload. Throws DomainError when refused (see prepareUpload). */
export async function storeUpload(input: { file: File; councilId: number; ownerType: string; ownerId: number; uploadedBy: number }): Promise<StoredFile> {
	const prepared = await prepareUpload(input.file, input.councilId);
	try {
		return recordUpload(db(), prepared, input);
	} catch (err) {
		discardUpload(prepared);
		throw err;
	}
}

/** The files attached to one owner, oldest first. */
export function listFiles(ownerType: string, ownerId: number): FileRow[] {
	return db()
		.select()
		.from(files)
		.where(and(eq(files.ownerType, ownerType), eq(files.ownerId, ownerId)))
		.orderBy(asc(files.id))
		.all();
}

export function getFile(id: number): FileRow | undefined {
	return db().select().from(files).where(eq(files.id, id)).get();
}

export function readFileStream(row: FileRow): fs.ReadStream {
	return fs.createReadStream(filePath(row));
}

export function readFileBuffer(row: FileRow): Promise<Buffer> {
	return fs.promises.readFile(filePath(row));
}

/** Deletes the row and then the bytes; false when there was no such file. */
export function deleteFile(id: number): boolean {
	const row = db().delete(files).where(eq(files.id, id)).returning().get();
	if (!row) return false;
	fs.rmSync(filePath(row), { force: true });
	return true;
}

/** Deletes every file of one owner (e.g. when a draft is deleted); returns how many. */
export function deleteFilesOf(ownerType: string, ownerId: number): number {
	const rows = db()
		.delete(files)
		.where(and(eq(files.ownerType, ownerType), eq(files.ownerId, ownerId)))
		.returning()
		.all();
	for (const row of rows) fs.rmSync(filePath(row), { force: true });
	return rows.length;
}
