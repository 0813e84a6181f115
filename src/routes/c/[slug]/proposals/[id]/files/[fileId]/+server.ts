// GET /c/:slug/proposals/:id/files/:fileId: an attachment, as a download, to whoever may read the proposal
// (drafts: their authors only; private councils: their members).
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getFile } from '$lib/server/files/storage';
import { fileResponse } from '$lib/server/files/download';
import { parseId, proposalContext } from '../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { proposal } = proposalContext(event);
	const file = getFile(parseId(event.params.fileId));
	if (!file || file.ownerType !== 'proposal' || file.ownerId !== proposal.id) error(404, 'not_found');
	return fileResponse(file);
};
