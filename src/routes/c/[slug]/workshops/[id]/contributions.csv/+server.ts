// GET /c/:slug/workshops/:id/contributions.csv: the board's contributions with votes, comments and clusters.
import type { RequestHandler } from './$types';
import { contributionRows, contributionsCsv } from '$lib/server/workshops/export';
import { workshopContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { workshop } = workshopContext(event);
	return new Response(contributionsCsv(contributionRows(workshop.id)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="atelier-${workshop.id}-contributions.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
