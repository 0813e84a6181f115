// A vote's result as CSV: per option overall and per college. Published results for readers; the secretariat
// may export a closed result before publication. Secret votes export the aggregate only.
import type { RequestHandler } from './$types';
import { resultCsv } from '$lib/server/plenaries/exports';
import { exportableVote, labelled } from '../exportable.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const vote = exportableVote(event);
	return csvDownload(event.url, `vote-${vote.id}-resultat.csv`, (dialect) => resultCsv(labelled(vote), dialect));
};
