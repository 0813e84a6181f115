// The secretariat attaches documents to agenda items (written to disk before the transaction, removed again if the
// action fails) and removes them.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { id } from '$lib/schemas/common';
import { removeDocumentFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { discardUpload, prepareUpload, type PreparedUpload } from '../../files/storage';
import { addItemDocument, removeItemDocument } from '../agenda-documents';
import { itemScope } from './scope';

/** File refusals (size, type) are shown next to the document field. */
function onDocument<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (e instanceof DomainError && e.code.startsWith('files_')) throw new DomainError(e.code, 'document', e.params);
		throw e;
	}
}

export const addDocument = defineAction({
	name: 'plenaries.addDocument',
	input: z.object({
		plenaryId: id(),
		itemId: id(),
		document: z.custom<File>((v) => v instanceof File && v.name !== '', { error: () => m.plenaries_document_required() })
	}),
	permission: 'plenaries.manage',
	prepare: async (input, { council }) => {
		try {
			return await prepareUpload(input.document, requireCouncilOf(council).id);
		} catch (e) {
			return onDocument(() => {
				throw e;
			});
		}
	},
	discard: (upload: PreparedUpload) => discardUpload(upload),
	scope: itemScope,
	run: ({ actor, scope, prepared }) => onDocument(() => addItemDocument(actor.user!, scope.item.id, prepared)).id
});

export const removeDocument = defineAction({
	name: 'plenaries.removeDocument',
	input: removeDocumentFormSchema.extend({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => removeItemDocument(actor.user!, scope.item.id, input.fileId)
});
