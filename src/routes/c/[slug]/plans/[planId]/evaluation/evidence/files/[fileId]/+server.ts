// GET …/plans/:planId/evaluation/evidence/files/:fileId: a document of the evaluation's evidence, as a download (the
// headers of every stored file: files/download.ts), to whoever may read that evidence: an interview's documents are
// internal like its notes ('evaluation.readPrivate'), a finding's are public like the finding. Else 404.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { fileResponse } from '$lib/server/files/download';
import { evidenceFileFor } from '$lib/server/evaluation/evidence-files';
import { can } from '$lib/server/auth/permissions';
import { campaignContext, parseId } from '../../../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { campaign, actor, council } = campaignContext(event);
	const file = evidenceFileFor(campaign.id, parseId(event.params.fileId), { readPrivate: can(actor, 'evaluation.readPrivate', council) });
	if (!file) error(404, 'not_found');
	return fileResponse(file);
};
