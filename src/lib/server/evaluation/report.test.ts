// The report gathers the demo evaluation, and its PDF renders the charts and texts.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { getCouncilBySlug } from '../councils/councils';
import { listPlans } from '../plans/plans';
import { evaluationReport } from './report';
import { renderReportPdf } from './report-pdf';

/** The text drawn in an uncompressed pdfkit PDF: each TJ array's hex strings, decoded as windows-1252. */
function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const lines: string[] = [];
	for (const tj of raw.matchAll(/\[((?:\s*<[0-9a-fA-F]*>\s*-?[\d.]*)+)\s*\]\s*TJ/g)) {
		const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
		lines.push(new TextDecoder('windows-1252').decode(Buffer.from(hex, 'hex')));
	}
	return lines.join('\n');
}

describe('evaluation report', () => {
	it('gathers indicators with their series, results, findings and recommendations, and renders a PDF', async () => {
		useTestDatabase();
		await seedDemo();
		const council = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const old = listPlans(council.id).find((p) => p.title === 'PLDESS 2016-2020')!;
		const report = evaluationReport(old.id)!;
		expect(report.indicators.length).toBeGreaterThanOrEqual(10);
		expect(report.indicators.find((i) => i.name === 'Coût annuel d’animation du conseil')!.series.map((p) => p.value)).toEqual([25000, 23500, 22000, 21000, 19500]);
		expect(report.questionnaires[0].responses).toBe(30);
		expect(report.findings.length).toBe(6);
		expect(report.recommendations.length).toBe(5);
		const draft = listPlans(council.id).find((p) => p.status === 'draft')!;
		expect(evaluationReport(draft.id)).toBeUndefined();

		const i = report.indicators[0];
		const pdf = await renderReportPdf({
			title: report.campaign.title,
			author: council.name,
			footer: 'Cocon',
			blocks: [
				{ kind: 'title', text: report.campaign.title },
				{ kind: 'h2', text: 'Indicateurs' },
				{ kind: 'chart', points: i.series, baseline: { date: i.baselineDate, value: i.baselineValue }, target: { date: i.targetDate, value: i.targetValue }, labels: { baseline: 'Référence', target: 'Cible' } },
				{ kind: 'bars', bars: report.questionnaires[0].questions[0].counts },
				{ kind: 'list', items: report.recommendations.map((r) => r.text) }
			]
		});
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdfText(pdf);
		expect(text).toContain('Évaluation du PLDESS 2016-2020');
		expect(text).toContain('Référence');
		expect(text).toContain('Cible');
		expect(text).toContain('amorçage par un accompagnement à la consolidation');
		expect(text).toMatch(/Oui\n20\nNon\n6\n/);
		expect(text).toContain('1/1');
	});
});
