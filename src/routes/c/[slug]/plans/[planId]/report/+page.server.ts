import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { evaluationReport } from '$lib/server/evaluation/report';
import { withVisibleAnswers, withVisibleTree } from '$lib/server/plans/visibility';
import { planContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { plan, actor, council } = planContext(event);
	const report = evaluationReport(plan.id);
	if (!report) error(404, 'not_found');
	return { report: { ...report, tree: withVisibleTree(actor, council, report.tree), recommendations: withVisibleAnswers(actor, council, report.recommendations) } };
};
