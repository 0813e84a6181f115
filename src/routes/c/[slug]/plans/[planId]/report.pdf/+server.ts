// GET /c/:slug/plans/:planId/report.pdf: the evaluation report as a tagged PDF, in the reader's language.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { evaluationReport } from '$lib/server/evaluation/report';
import { renderReportPdf } from '$lib/server/evaluation/report-pdf';
import { reportDocument } from '$lib/i18n/report-document';
import { exportContext } from '../../shared.server';

export const GET: RequestHandler = async (event) => {
	const { plan, council } = exportContext(event);
	const r = evaluationReport(plan.id);
	if (!r) error(404, 'not_found');
	const pdf = await renderReportPdf(reportDocument(r, council, plan));
	return new Response(new Uint8Array(pdf), {
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="rapport-evaluation-plan-${plan.id}.pdf"`, 'cache-control': 'private, no-store' }
	});
};
