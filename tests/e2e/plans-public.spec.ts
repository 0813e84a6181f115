import { expect, test } from '@playwright/test';
import { DEMO_COUNCIL, expectAccessible } from './fixtures';
import { pdfPages } from '../../src/lib/server/pdf-pages';

test('an anonymous visitor reads the public plan dashboard, an indicator, the evaluation report and the open data', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto(DEMO_COUNCIL);
	await page.getByRole('navigation', { name: 'Sections du conseil' }).getByRole('link', { name: 'Plans et évaluation' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Plans et évaluation' })).toBeVisible();
	// the draft next plan is the secretariat's until adopted: a visitor does not see it
	await expect(page.getByRole('link', { name: 'PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'PLDESS 2021-2026' })).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByText('En évaluation')).toBeVisible();
	await expect(page.getByTestId('plan-progress')).toContainText('%');
	await expect(page.getByRole('heading', { name: 'Encourager l’expérimentation et l’innovation socio-économique' })).toBeVisible();
	// no editing tools for a visitor
	await expect(page.getByRole('link', { name: 'Modifier la structure' })).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Coût annuel d’animation du conseil' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Coût annuel d’animation du conseil' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Coût annuel d’animation du conseil/ })).toBeVisible();
	// the chart is drawn on the server (readable without JavaScript), with its description
	const html = await (await page.request.get(page.url())).text();
	expect(html).toMatch(/<svg[^>]*role="img"/);
	expect(html).toMatch(/<desc id="[^"]+">Valeur de référence/);
	expect(html).toContain('class="point');
	const table = page.getByTestId('series-table');
	await expect(table).toContainText(/19\s500\s€/);
	await expect(table).toContainText('Référence');
	await expect(page.getByTestId('indicator-progress')).toContainText('Cible atteinte');
	await expect(page.getByText(/Corriger/)).toHaveCount(0);
	await expectAccessible(page);

	await page.goBack();
	await page.getByRole('link', { name: 'Rapport d’évaluation' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Évaluation du PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Questionnaire aux acteurs.*\d+ réponse/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Recommandations' })).toContainText('Prolonger le fonds d’amorçage');
	await expectAccessible(page);
	const pdf = await page.request.get(page.url().replace(/\/report$/, '/report.pdf'));
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const body = await pdf.body();
	expect(body.subarray(0, 5).toString()).toBe('%PDF-');
	// as many pages as content: every page carries more than its footer, and the last one says n/n
	const pages = pdfPages(body);
	expect(pages.length).toBeGreaterThan(1);
	for (const text of pages) expect(text.replace(/^.*— \d+\/\d+$/m, '').trim()).not.toBe('');
	expect(pages.at(-1)).toContain(`${pages.length}/${pages.length}`);
	expect(pages.join('\n')).toContain('Avancement par principe et par objectif');

	// in English
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Method and stages' })).toBeVisible();
});

test('an anonymous visitor downloads the plans open data and reads the API', async ({ page }) => {
	const list = await page.request.get('/api/v1/councils/ess-eurometropole-demo/plans');
	expect(list.status()).toBe(200);
	const { plans } = await list.json();
	const old = plans.find((p: { title: string }) => p.title === 'PLDESS 2016-2020');
	expect(old).toMatchObject({ status: 'under_evaluation', period: { start: 2016, end: 2020 } });
	const detail = await (await page.request.get(`/api/v1/councils/ess-eurometropole-demo/plans/${old.id}`)).json();
	expect(detail.principles).toHaveLength(4);
	// its successor is a draft: not shown to a visitor
	expect(detail.successor).toBeNull();

	const csv = await page.request.get(`${DEMO_COUNCIL}/plans/${old.id}/measurements.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text).toContain('indicator_id,indicator,unit,date,period,value,source,comment');
	expect(text).toContain('Heures d’insertion réalisées dans les marchés publics');
	const indicators = await (await page.request.get(`${DEMO_COUNCIL}/plans/${old.id}/indicators.csv`)).text();
	expect(indicators).toContain('Part des marchés publics comportant une clause sociale');
	const missing = await page.request.get('/api/v1/councils/ess-eurometropole-demo/plans/999999');
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error.code).toBe('not_found');
});

test('an indicator page writes its labels the French way in French and the English way in English', async ({ page }) => {
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Emplois salariés de l’ESS en quartiers prioritaires' }).click();
	const objective = 'Ancrer l’ESS dans les quartiers prioritaires de la politique de la ville';
	await expect(page.getByText(`Objectif opérationnel : ${objective}`)).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByText(`Operational objective: ${objective}`)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByText(`Objectif opérationnel : ${objective}`)).toBeVisible();
});
