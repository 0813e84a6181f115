// The benchmark of other cities: the evaluation team adds, edits and removes rows (audited), each about one of the
// plan's indicators or a topic in words, with its source; bad input is refused next to its field; the rows are in
// the report (page data and PDF), the demo's with their sources.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { ANONYMOUS } from '../auth/permissions';
import { actorFor } from '../proposals/access';
import { perform } from '../actions/perform';
import { catchError, refusal, refusalCode } from '../test-support';
import { auditActions, newIndicator, smallTree } from '../plans/test-helpers';
import { createPlan } from '../plans/plans';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { getCouncilBySlug } from '../councils/councils';
import { listPlans } from '../plans/plans';
import { reportDocument } from '$lib/i18n/report-document';
import { pdfPages } from '../pdf-pages';
import { campaignFixture } from './test-fixture';
import { listComparisons } from './comparisons';
import { evaluationReport } from './report';
import { renderReportPdf } from './report-pdf';
import { addComparison, deleteComparison, updateComparison } from './actions';

async function fixture() {
	const f = await campaignFixture((p, tree) => ({ indicator: newIndicator(tree.operational.id, p.actorId, { name: 'Heures d’insertion', unit: 'heures/an' }) }));
	const evaluator = actorFor(f.evaluator.user.id, f.council.id);
	const row = (fields: Record<string, unknown>) => ({ planId: f.plan.id, city: 'Lyon', value: '435 000', source: 'Étude Avise, RTES, France urbaine', ...fields });
	return { ...f, evaluator, row };
}

describe('the benchmark of other cities', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('the evaluator adds rows about an indicator (in its unit) or a topic, listed by city, and audited', () => {
		perform(f.evaluator, f.council, addComparison, f.row({ indicatorId: String(f.indicator.id), year: '2020' }));
		perform(f.evaluator, f.council, addComparison, f.row({ city: 'Bordeaux', topic: 'Structures de l’ESS', value: '6500', unit: 'structures', year: '' }));
		const rows = listComparisons(f.campaign.id);
		expect(rows.map((r) => [r.city, r.subject, r.value, r.unit, r.year])).toEqual([
			['Bordeaux', 'Structures de l’ESS', 6500, 'structures', null],
			['Lyon', 'Heures d’insertion', 435000, 'heures/an', 2020]
		]);
		expect(rows[1]).toMatchObject({ indicatorId: f.indicator.id, source: 'Étude Avise, RTES, France urbaine' });
		expect(auditActions(f.council.id).filter((a) => a.startsWith('comparison.'))).toEqual(['comparison.create', 'comparison.create']);
	});

	it('refuses bad input next to its field', () => {
		const invalid = (fields: Record<string, unknown>) => {
			const e = catchError(() => perform(f.evaluator, f.council, addComparison, f.row(fields)));
			return `${e.code}@${e.field}: ${e.params?.message ?? ''}`;
		};
		expect(invalid({ value: 'beaucoup', topic: 'x' })).toBe('common_error_invalid_input@value: Saisissez un nombre (par exemple 12,5).');
		expect(invalid({ year: '1850', topic: 'x' })).toBe('common_error_invalid_input@year: Saisissez une année entre 1900 et 2200, ou laissez vide.');
		expect(invalid({ year: '2020,5', topic: 'x' })).toMatch(/^common_error_invalid_input@year: /);
		expect(invalid({ city: ' ', topic: 'x' })).toMatch(/^common_error_invalid_input@city: /);
		expect(invalid({ source: '', topic: 'x' })).toMatch(/^common_error_invalid_input@source: /);
		// neither an indicator nor a topic; an indicator of another plan
		expect(refusal(() => perform(f.evaluator, f.council, addComparison, f.row({})))).toBe('evaluation_error_comparison_topic@topic');
		const other = createPlan({ councilId: f.council.id, title: 'Autre plan', startYear: 2021, endYear: 2026 }, f.actorId);
		const foreign = newIndicator(smallTree(other.id, f.actorId).operational.id, f.actorId);
		expect(refusal(() => perform(f.evaluator, f.council, addComparison, f.row({ indicatorId: String(foreign.id) })))).toBe('plans_error_indicator_not_found@indicatorId');
		expect(listComparisons(f.campaign.id)).toEqual([]);
	});

	it('edits and deletes a row of its own campaign only (audited); members and visitors are refused', () => {
		const id = perform(f.evaluator, f.council, addComparison, f.row({ topic: 'Heures' }));
		perform(f.evaluator, f.council, updateComparison, { ...f.row({ topic: 'Heures d’insertion', value: '436000,5' }), comparisonId: String(id) });
		expect(listComparisons(f.campaign.id)[0]).toMatchObject({ topic: 'Heures d’insertion', value: 436000.5 });
		const member = actorFor(f.person(f.collegeA.id).user.id, f.council.id);
		expect(refusalCode(() => perform(member, f.council, addComparison, f.row({ topic: 'x' })))).toBe('common_error_forbidden');
		expect(refusalCode(() => perform(member, f.council, deleteComparison, { planId: f.plan.id, comparisonId: id }))).toBe('common_error_forbidden');
		expect(refusalCode(() => perform(ANONYMOUS, f.council, updateComparison, { ...f.row({ topic: 'x' }), comparisonId: id }))).toBe('common_error_login_required');
		expect(refusalCode(() => perform(f.evaluator, f.council, deleteComparison, { planId: f.plan.id, comparisonId: id + 1000 }))).toBe('evaluation_error_comparison_not_found');
		perform(f.evaluator, f.council, deleteComparison, { planId: f.plan.id, comparisonId: id });
		expect(listComparisons(f.campaign.id)).toEqual([]);
		expect(auditActions(f.council.id).filter((a) => a.startsWith('comparison.'))).toEqual(['comparison.delete', 'comparison.update', 'comparison.create']);
	});
});

describe('the benchmark in the report', () => {
	it('lists the demo rows (Strasbourg, Lyon, Bordeaux) with their sources, on the page and in the PDF', async () => {
		useTestDatabase();
		await seedDemo();
		const council = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const plan = listPlans(council.id).find((p) => p.title === 'PLDESS 2016-2020')!;
		const report = evaluationReport(plan.id)!;
		expect([...new Set(report.comparisons.map((c) => c.city))]).toEqual(['Bordeaux', 'Lyon', 'Strasbourg']);
		const lyon = report.comparisons.find((c) => c.city === 'Lyon' && c.indicatorId !== null)!;
		expect(lyon).toMatchObject({ subject: 'Heures d’insertion réalisées dans les marchés publics', value: 435000, unit: 'heures/an', year: 2020 });
		expect(lyon.source).toContain('more than 435,000 professional integration hours in 2020');
		// the one figure the study does not give says it is illustrative
		expect(report.comparisons.find((c) => c.city === 'Bordeaux')!.source).toMatch(/^Valeur illustrative/);
		const text = pdfPages(await renderReportPdf(reportDocument(report, council, plan)))
			.join('\n')
			.replace(/\s+/g, ' ');
		// (the text read back from the PDF drops ’, — and €: they are matched loosely)
		expect(text).toMatch(/Comparaison avec d.?autres villes/);
		expect(text).toMatch(/Lyon \W{0,3}Heures d.?insertion réalisées dans les marchés publics : 435 000 heures\/an \(2020\)\. Source : Avise, RTES, France urbaine/);
		expect(text).toMatch(/Strasbourg \W{0,3}Co[uû]t annuel d.?animation du conseil : 20 000 \W{0,3}\(non précisée\)/);
	});
});
