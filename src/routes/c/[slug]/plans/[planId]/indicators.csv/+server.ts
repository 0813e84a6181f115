// GET /c/:slug/plans/:planId/indicators.csv: open data (public for public councils).
import type { RequestHandler } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { indicatorsCsv } from '$lib/server/plans/export';
import { exportContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { plan } = exportContext(event);
	return new Response(indicatorsCsv(planTreeWithProgress(plan.id)!), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="indicateurs-plan-${plan.id}.csv"`, 'cache-control': 'private, no-store' }
	});
};
