import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { evaluationReport } from '$lib/server/evaluation/report';
import { planContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { plan } = planContext(event);
	const report = evaluationReport(plan.id);
	if (!report) error(404, 'not_found');
	return { report };
};
