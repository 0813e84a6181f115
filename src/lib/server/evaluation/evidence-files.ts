// Documents attached to the evaluation's evidence, stored as proposals' attachments are (files/storage.ts): to an
// interview (a transcript, a group's minutes: internal like the interview's notes, 'evaluation.readPrivate') or to a
// finding (public like the finding itself, to whoever reads the plan).
import fs from 'node:fs';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { files } from '../files/tables';
import { filePath, recordUpload, type FileRow, type PreparedUpload, type StoredFile } from '../files/storage';
import { findings, interviews } from './tables';
import { writableCampaign } from './campaigns';

export const EVIDENCE_FILE_KINDS = ['interview', 'finding'] as const;
export type EvidenceFileKind = (typeof EVIDENCE_FILE_KINDS)[number];
export const EVIDENCE_FILE_OWNERS: Record<EvidenceFileKind, string> = { interview: 'evaluation_interview', finding: 'evaluation_finding' };
const KIND_OF_OWNER = new Map<string, EvidenceFileKind>(EVIDENCE_FILE_KINDS.map((k) => [EVIDENCE_FILE_OWNERS[k], k] as const));

export type EvidenceTarget = { kind: EvidenceFileKind; refId: number };
export type EvidenceFile = { id: number; kind: EvidenceFileKind; refId: number; name: string; mime: string; size: number };

/** The ids of the campaign's interviews or findings. */
function ownerIds(tx: Tx, campaignId: number, kind: EvidenceFileKind): number[] {
	const rows =
		kind === 'interview'
			? tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.campaignId, campaignId)).all()
			: tx.select({ id: findings.id }).from(findings).where(eq(findings.campaignId, campaignId)).all();
	return rows.map((r) => r.id);
}

/** Records uploads checked and written by prepareUpload (the action discards them if this throws). */
export function attachEvidenceFiles(tx: Tx, campaignId: number, target: EvidenceTarget, uploads: PreparedUpload[], actorId: number): StoredFile[] {
	const campaign = writableCampaign(tx, campaignId);
	if (!ownerIds(tx, campaignId, target.kind).includes(target.refId)) throw new DomainError('evaluation_error_evidence_not_found', 'attachments');
	if (!uploads.length) throw new DomainError('evaluation_error_file_required', 'attachments');
	const stored = uploads.map((u) => {
		if (u.councilId !== campaign.councilId) throw new DomainError('evaluation_error_evidence_not_found', 'attachments');
		return recordUpload(tx, u, { ownerType: EVIDENCE_FILE_OWNERS[target.kind], ownerId: target.refId, uploadedBy: actorId });
	});
	recordAudit(tx, {
		councilId: campaign.councilId,
		actorId,
		action: 'evidence.document_add',
		entityType: target.kind,
		entityId: target.refId,
		details: { campaignId, names: stored.map((s) => s.name) }
	});
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId });
	return stored;
}

/** A document of the campaign's evidence, whoever may read it (the caller decides), or undefined. */
function campaignFile(tx: Tx, campaignId: number, fileId: number): (FileRow & { kind: EvidenceFileKind }) | undefined {
	const row = tx.select().from(files).where(eq(files.id, fileId)).get();
	const kind = row && KIND_OF_OWNER.get(row.ownerType);
	if (!row || !kind || !ownerIds(tx, campaignId, kind).includes(row.ownerId)) return undefined;
	return { ...row, kind };
}

/** Removes a document of the campaign's evidence: its row, then its bytes. */
export function removeEvidenceFile(tx: Tx, campaignId: number, fileId: number, actorId: number): void {
	const campaign = writableCampaign(tx, campaignId);
	const row = campaignFile(tx, campaignId, fileId);
	if (!row) throw new DomainError('evaluation_error_file_not_found', 'form');
	tx.delete(files).where(eq(files.id, fileId)).run();
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'evidence.document_remove', entityType: row.kind, entityId: row.ownerId, details: { campaignId, name: row.originalName } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId });
	fs.rmSync(filePath(row), { force: true });
}

/** The documents of the campaign's evidence the reader may read: interviews' only with `readPrivate`. */
export function listEvidenceFiles(campaignId: number, options: { readPrivate: boolean }): EvidenceFile[] {
	const d = db();
	const kinds = EVIDENCE_FILE_KINDS.filter((k) => k !== 'interview' || options.readPrivate);
	return kinds.flatMap((kind) => {
		const ids = ownerIds(d, campaignId, kind);
		if (!ids.length) return [];
		return d
			.select()
			.from(files)
			.where(and(eq(files.ownerType, EVIDENCE_FILE_OWNERS[kind]), inArray(files.ownerId, ids)))
			.orderBy(asc(files.id))
			.all()
			.map((f) => ({ id: f.id, kind, refId: f.ownerId, name: f.originalName, mime: f.mime, size: f.size }));
	});
}

/** A document for its download: undefined when it is not the campaign's or the reader may not read its evidence. */
export function evidenceFileFor(campaignId: number, fileId: number, options: { readPrivate: boolean }): FileRow | undefined {
	const row = campaignFile(db(), campaignId, fileId);
	if (!row || (row.kind === 'interview' && !options.readPrivate)) return undefined;
	return row;
}
