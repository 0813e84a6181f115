// GET /api/v1/councils/:slug/plans: the council's plans, most recent period first.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { listPlans } from '$lib/server/plans/plans';
import { visiblePlans } from '$lib/server/plans/visibility';
import { councilOrError } from '../../common';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plans.read');
	if (!access.ok) return access.response;
	const slug = access.council.slug;
	return apiJson({
		plans: visiblePlans(access.actor, access.council, listPlans(access.council.id)).map((p) => ({
			id: p.id,
			title: p.title,
			description: p.description,
			period: { start: p.startYear, end: p.endYear },
			status: p.status,
			predecessorId: p.predecessorId,
			indicatorCount: p.indicatorCount,
			updatedAt: p.updatedAt.toISOString(),
			links: { page: `/c/${slug}/plans/${p.id}`, self: `/api/v1/councils/${slug}/plans/${p.id}` }
		}))
	});
};
