// The report gathers the demo evaluation, and its PDF renders the charts and texts on as many pages as it has
// content, tagged for screen readers.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { getCouncilBySlug } from '../councils/councils';
import { listPlans } from '../plans/plans';
import { evaluationReport } from './report';
import { renderReportPdf } from './report-pdf';
import { progressText, reportDocument } from '$lib/i18n/report-document';
import { pdfPages } from '../pdf-pages';

/** A fresh demo database and the report of its evaluated plan. */
async function demoReport() {
	useTestDatabase();
	await seedDemo();
	const council = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
	const old = listPlans(council.id).find((p) => p.title === 'PLDESS 2016-2020')!;
	return { council, old, report: evaluationReport(old.id)! };
}

describe('evaluation report', () => {
	it('gathers indicators with their series, results, findings and recommendations', async () => {
		const { council, report } = await demoReport();
		expect(report.indicators.length).toBeGreaterThanOrEqual(10);
		expect(report.indicators.find((i) => i.name === 'Coût annuel d’animation du conseil')!.series.map((p) => p.value)).toEqual([25000, 23500, 22000, 21000, 19500]);
		expect(report.questionnaires[0].responses).toBe(30);
		expect(report.findings.length).toBe(6);
		expect(report.recommendations.length).toBe(5);
		const draft = listPlans(council.id).find((p) => p.status === 'draft')!;
		expect(evaluationReport(draft.id)).toBeUndefined();
	});

	it('renders the demo report with no blank page, per principle and objective, tagged with title and language', async () => {
		const { council, old, report } = await demoReport();
		const doc = reportDocument(report, council, old);
		const pdf = await renderReportPdf(doc);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdfPages(pdf);
		const declared = [...pdf.toString('latin1').matchAll(/\/Type \/Page\b/g)].length;
		expect(pages.length).toBe(declared);
		expect(declared).toBeGreaterThan(1);
		// every page carries more than its footer ("title — Cocon — n/N")
		for (const [n, text] of pages.entries()) expect(text.replace(/^.*— \d+\/\d+$/m, '').trim(), `page ${n + 1}`).not.toBe('');
		expect(pages.at(-1)).toContain(`${declared}/${declared}`);
		const all = pages.join('\n');
		expect(all).toContain('Évaluation du PLDESS 2016-2020');
		expect(all).toContain('Avancement par principe et par objectif');
		for (const root of report.tree.roots) expect(all).toContain(root.title.split(/[ ’]/)[0]);
		expect(all).toContain('Référence');
		// value ticks are rounded and formatted in French ("20 000", never "20000")
		expect(all).toMatch(/\n20 000\n/);
		expect(all).not.toMatch(/\n\d{5,}\n/);
		// tagged: a structure tree, marked content, the title shown and the language set
		const raw = pdf.toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toMatch(/\/Marked true/);
		expect(raw).toContain('/DisplayDocTitle true');
		expect(raw).toMatch(/\/Lang \(fr\)/);
		expect(raw).toMatch(/\/S \/H1/);
		expect(raw).toMatch(/\/S \/Figure/);
		expect(raw).toContain('/Artifact');
	});

	it('says when an objective has no indicator', async () => {
		const { council, old, report } = await demoReport();
		const objective = report.tree.roots[0].children[0];
		const bare = { ...report, tree: { ...report.tree, roots: [{ ...report.tree.roots[0], children: [{ ...objective, indicators: [], children: [] }] }] } };
		const blocks = reportDocument(bare, council, old).blocks;
		const at = blocks.findIndex((b) => b.kind === 'h4' && b.text === objective.title);
		expect(blocks.slice(at, at + 4).map((b) => ('text' in b ? b.text : ''))).toContain('Aucun indicateur ne mesure cet objectif.');
	});

	it('shows a value below the baseline with its real, negative progress', () => {
		expect(progressText({ progress: 0, raw: -0.12, status: 'off_track', achieved: false })).toMatch(/^[−-]12\s% — En retard$/);
		expect(progressText({ progress: 0.5, raw: 0.5, status: 'on_track', achieved: false })).toMatch(/^50\s% — /);
		expect(progressText({ progress: null, raw: null, status: 'no_data', achieved: false })).toBe('Pas de données');
	});
});
