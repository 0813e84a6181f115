// GET /c/:slug/plans/:planId/indicators.csv: open data (public for public councils).
import type { RequestHandler } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { indicatorsCsv } from '$lib/server/plans/export';
import { exportContext } from '../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { plan } = exportContext(event);
	return csvDownload(event.url, `indicateurs-plan-${plan.id}.csv`, (dialect) => indicatorsCsv(planTreeWithProgress(plan.id)!, dialect));
};
