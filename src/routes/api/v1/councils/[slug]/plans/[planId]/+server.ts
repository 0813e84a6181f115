// GET /api/v1/councils/:slug/plans/:planId: the plan as a tree with progress at every node and indicator.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiError, apiJson } from '$lib/server/http/api';
import { planTreeWithProgress } from '$lib/server/plans/tree-progress';
import { planJson } from '$lib/server/plans/export';
import { planVisibleTo, withVisibleTree } from '$lib/server/plans/visibility';
import { councilOrError } from '../../../common';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plans.read');
	if (!access.ok) return access.response;
	const tree = /^\d+$/.test(params.planId) ? planTreeWithProgress(Number(params.planId)) : undefined;
	// a draft the caller may not see answers like a plan that does not exist
	if (!tree || tree.plan.councilId !== access.council.id || !planVisibleTo(access.actor, access.council, tree.plan)) return apiError(404, 'not_found', m.plans_api_not_found());
	return apiJson(planJson(withVisibleTree(access.actor, access.council, tree), access.council.slug));
};
