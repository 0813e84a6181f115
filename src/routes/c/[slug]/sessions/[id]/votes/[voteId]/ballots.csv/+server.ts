// The roll call of a NAMED vote as CSV (who voted what, and who cast it as proxy holder). A secret vote has no
// such export: 404, whoever asks.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { ballotsCsv } from '$lib/server/sessions/exports';
import { exportableVote, labelled } from '../exportable.server';

export const GET: RequestHandler = (event) => {
	const vote = exportableVote(event);
	if (vote.secrecy !== 'named') error(404, 'not_found');
	return new Response(ballotsCsv(labelled(vote)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="vote-${vote.id}-bulletins.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
