// GET …/sessions/:id/agenda/files/:fileId: a document of an agenda item, as a download, to whoever may read the session.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { fileResponse } from '$lib/server/files/download';
import { sessionDocument } from '$lib/server/sessions/agenda-documents';
import { parseId, sessionContext } from '../../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { session } = sessionContext(event);
	const file = sessionDocument(session.id, parseId(event.params.fileId));
	if (!file) error(404, 'not_found');
	return fileResponse(file);
};
