// GET …/sessions/:id/agenda/files/:fileId: a document of an agenda item, as a download, to whoever may read the plenary.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { fileResponse } from '$lib/server/files/download';
import { plenaryDocument } from '$lib/server/plenaries/agenda-documents';
import { parseId, plenaryContext } from '../../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { plenary } = plenaryContext(event);
	const file = plenaryDocument(plenary.id, parseId(event.params.fileId));
	if (!file) error(404, 'not_found');
	return fileResponse(file);
};
