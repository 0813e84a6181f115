// A vote's result as CSV: per option overall and per college. Published results for readers; the secretariat
// may export a closed result before publication. Secret votes export the aggregate only.
import type { RequestHandler } from './$types';
import { resultCsv } from '$lib/server/sessions/exports';
import { exportableVote, labelled } from '../exportable.server';

export const GET: RequestHandler = (event) => {
	const vote = exportableVote(event);
	return new Response(resultCsv(labelled(vote)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="vote-${vote.id}-resultat.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
