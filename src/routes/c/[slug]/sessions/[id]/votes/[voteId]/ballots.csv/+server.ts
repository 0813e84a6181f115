// The roll call of a NAMED vote as CSV (who voted what, and who cast it as proxy holder). A secret vote has no
// such export: 404, whoever asks.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { ballotsCsv } from '$lib/server/plenaries/exports';
import { exportableVote, labelled } from '../exportable.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const vote = exportableVote(event);
	if (vote.secrecy !== 'named') error(404, 'not_found');
	return csvDownload(event.url, `vote-${vote.id}-bulletins.csv`, (dialect) => ballotsCsv(labelled(vote), dialect));
};
