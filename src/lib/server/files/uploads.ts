// Attachments posted with a form (a proposal, a piece of an evaluation's evidence): checked and written before the
// action's transaction (its `prepare`), removed again if the action then fails (its `discard`).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { CouncilRow } from '../councils/councils';
import { discardUpload, prepareUpload, type PreparedUpload } from './storage';
import { requireCouncilOf } from '../actions/scope';

export const MAX_ATTACHMENTS = 10;

/** Zero or more files posted under `attachments` (empty file inputs are dropped by the form reader). */
export const attachmentsInput = z.preprocess(
	(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
	z.array(z.instanceof(File)).max(MAX_ATTACHMENTS, { error: () => m.files_error_many({ max: String(MAX_ATTACHMENTS) }) })
);

export async function prepareAttachments(files: File[], council: CouncilRow | null): Promise<PreparedUpload[]> {
	const councilId = requireCouncilOf(council).id;
	const uploads: PreparedUpload[] = [];
	try {
		for (const file of files) uploads.push(await prepareUpload(file, councilId));
	} catch (e) {
		uploads.forEach(discardUpload);
		throw e;
	}
	return uploads;
}

export function discardAttachments(uploads: PreparedUpload[]): void {
	uploads.forEach(discardUpload);
}
