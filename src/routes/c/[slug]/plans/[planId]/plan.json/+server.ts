// GET /c/:slug/plans/:planId/plan.json: the plan's tree, indicators with progress, and measurements (open data).
import type { RequestHandler } from './$types';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { measurementRows, planJson } from '$lib/server/plans/export';
import { withVisibleTree } from '$lib/server/plans/visibility';
import { exportContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { plan, council, actor } = exportContext(event);
	const body = {
		council: { slug: council.slug, name: council.name },
		generatedAt: new Date().toISOString(),
		plan: planJson(withVisibleTree(actor, council, planTreeWithProgress(plan.id)!), council.slug),
		measurements: measurementRows(plan.id)
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="plan-${plan.id}.json"`, 'cache-control': 'private, no-store' }
	});
};
