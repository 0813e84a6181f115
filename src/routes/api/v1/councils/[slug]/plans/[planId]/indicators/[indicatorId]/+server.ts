// GET /api/v1/councils/:slug/plans/:planId/indicators/:indicatorId: an indicator with its progress and series.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiError, apiJson } from '$lib/server/http/api';
import { getIndicator } from '$lib/server/plans/indicators';
import { series } from '$lib/server/plans/measurements';
import { indicatorDefinitionJson } from '$lib/server/plans/export';
import { getPlan } from '$lib/server/plans/plans';
import { planVisibleTo } from '$lib/server/plans/visibility';
import { councilOrError } from '../../../../../common';

export const GET: RequestHandler = ({ locals, params }) => {
	const access = councilOrError(locals, params.slug, 'plans.read');
	if (!access.ok) return access.response;
	const i = /^\d+$/.test(params.indicatorId) ? getIndicator(Number(params.indicatorId)) : undefined;
	if (!i || i.councilId !== access.council.id || String(i.planId) !== params.planId) return apiError(404, 'not_found', m.plans_api_not_found());
	const plan = getPlan(i.planId);
	if (!plan || !planVisibleTo(access.actor, access.council, plan)) return apiError(404, 'not_found', m.plans_api_not_found());
	return apiJson({
		id: i.id,
		planId: i.planId,
		objective: { id: i.node.id, title: i.node.title, kind: i.node.kind },
		...indicatorDefinitionJson(i),
		progress: { status: i.progress.status, value: i.progress.progress, expected: i.progress.expected, achieved: i.progress.achieved },
		measurements: series(i.id).map((p) => ({ date: p.date, period: p.periodLabel, value: p.value, source: p.source, comment: p.comment, corrected: p.corrected }))
	});
};
