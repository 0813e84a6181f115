// GET /c/:slug/plans/:planId/measurements.csv: the current values of every indicator (open data).
import type { RequestHandler } from './$types';
import { measurementsCsv } from '$lib/server/plans/export';
import { exportContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { plan } = exportContext(event);
	return new Response(measurementsCsv(plan.id), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="mesures-plan-${plan.id}.csv"`, 'cache-control': 'private, no-store' }
	});
};
