// GET /c/:slug/plans/:planId/measurements.csv: the current values of every indicator (open data).
import type { RequestHandler } from './$types';
import { measurementsCsv } from '$lib/server/plans/export';
import { exportContext } from '../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { plan } = exportContext(event);
	return csvDownload(event.url, `mesures-plan-${plan.id}.csv`, (dialect) => measurementsCsv(plan.id, dialect));
};
