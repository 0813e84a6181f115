// GET /c/:slug/proposals/export.csv: the council's published proposals as open data (never drafts).
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { exportRows, toCsv } from '$lib/server/proposals/export';

export const GET: RequestHandler = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'proposals.read');
	const csv = toCsv(exportRows(council, event.url.origin));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="propositions-${council.slug}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
