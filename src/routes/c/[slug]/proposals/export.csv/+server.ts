// GET /c/:slug/proposals/export.csv: the council's published proposals as open data (never drafts).
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { exportRows, toCsv } from '$lib/server/proposals/export';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'proposals.read');
	return csvDownload(event.url, `propositions-${council.slug}.csv`, (dialect) => toCsv(exportRows(council, event.url.origin), dialect));
};
