// Measurements imported from a CSV file (a file field or the text of the file, with its name): every row is checked
// first, outside the transaction and yielding to the event loop (`prepare`), then everything is written in the
// action's transaction, or nothing. A file with bad rows is refused with every bad row in `params.issues`.
// `measurementImport(onProgress)` is the same action reporting its progress (the streamed import).
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { db } from '../../db/client';
import { DomainError } from '../../errors';
import { ImportValidationError, MAX_IMPORT_CHARS, validateMeasurementImport, writeMeasurementImport, type ImportProgress } from '../measurement-import';
import { planScope } from './scope';
import { decodeCsvBytes } from '../../csv-read';

const input = z.object({
	planId: id(),
	file: z.instanceof(File).optional(),
	csv: z.string().optional(),
	fileName: z.string().optional()
});

/** The file's text and name (a file field, or the text of a previewed file), or the refusal next to the file field. */
export async function importFile(input: { file?: unknown; csv?: unknown; fileName?: unknown }): Promise<{ text: string; fileName: string }> {
	if (input.file instanceof File && input.file.name) {
		if (input.file.size > MAX_IMPORT_CHARS * 2) throw new DomainError('plans_import_e_too_large', 'file', { max: MAX_IMPORT_CHARS });
		return { text: decodeCsvBytes(new Uint8Array(await input.file.arrayBuffer())).text, fileName: input.file.name };
	}
	if (typeof input.csv === 'string' && input.csv.trim()) return { text: input.csv, fileName: String(input.fileName ?? '') };
	throw new DomainError('plans_import_choose_file', 'file');
}

/** Bad rows as a refusal that carries them. */
function refusedRows(e: unknown): never {
	if (e instanceof ImportValidationError) throw new DomainError(e.code, 'file', { count: e.errors.length, issues: e.errors });
	throw e;
}

export function measurementImport(onProgress?: ImportProgress) {
	return defineAction({
		name: 'plans.importMeasurements',
		input,
		permission: 'indicators.measure',
		prepare: async (input, { actor, council }) => {
			// the plan is looked up within the council before its indicators are read
			planScope({ tx: db(), actor, council, now: new Date() }, input);
			const file = await importFile(input);
			if (file.text.length > MAX_IMPORT_CHARS) throw new DomainError('plans_import_e_too_large', 'file', { max: MAX_IMPORT_CHARS });
			const checked = await validateMeasurementImport(input.planId, file.text, onProgress).catch(refusedRows);
			return { ...checked, fileName: file.fileName.slice(0, 255) };
		},
		scope: planScope,
		run: ({ actor, scope, prepared }) => {
			try {
				return writeMeasurementImport(scope.plan.id, prepared, actor.user!.id, onProgress, { fileName: prepared.fileName });
			} catch (e) {
				return refusedRows(e);
			}
		},
		present: (result) => ({ ok: true, ...result })
	});
}

export const importMeasurements = measurementImport();
