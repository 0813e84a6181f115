// GET …/questionnaires/:id/results.csv: the aggregated results (never who answered what); the free-text answers
// only for those who may read them ('evaluation.readPrivate'), the published excerpts for everyone else.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { questionnaireResults, resultsCsv } from '$lib/server/evaluation/results';
import { can } from '$lib/server/auth/permissions';
import { campaignContext, parseId } from '../../../../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { campaign, actor, council } = campaignContext(event);
	const results = questionnaireResults(parseId(event.params.questionnaireId), { readPrivate: can(actor, 'evaluation.readPrivate', council) });
	if (!results || results.questionnaire.campaignId !== campaign.id) error(404, 'not_found');
	if (results.questionnaire.status === 'draft' && !can(actor, 'evaluation.manage', council)) error(404, 'not_found');
	return csvDownload(event.url, `questionnaire-${results.questionnaire.id}.csv`, (dialect) => resultsCsv(results, dialect));
};
