// GET /c/:slug/workshops/:id/contributions.csv: the board's contributions with votes, comments and clusters.
import type { RequestHandler } from './$types';
import { contributionRows, contributionsCsv } from '$lib/server/workshops/export';
import { workshopContext } from '../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { workshop } = workshopContext(event);
	return csvDownload(event.url, `atelier-${workshop.id}-contributions.csv`, (dialect) => contributionsCsv(contributionRows(workshop.id), dialect));
};
