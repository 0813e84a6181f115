// Workshops: the demo workshops, a meeting with its notes, the report page and its PDF.
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

test.slow();

test('the report page shows the demo workshop and its PDF downloads', async ({ page }) => {
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/workshops?year=2026`);
	// the four demo workshops (other tests may add their own)
	for (const t of ['Achats responsables', 'Quartiers prioritaires et initiatives d’habitants', 'Économie circulaire et rénovation', 'Emploi dans l’ESS'])
		await expect(page.getByTestId('workshops')).toContainText(t);
	await page.getByRole('link', { name: 'Achats responsables : inclusion, handicap, ESS et IAE, achats verts', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Achats responsables : inclusion, handicap, ESS et IAE, achats verts');
	await expect(page.getByTestId('born-proposals')).toContainText('Généraliser les clauses sociales');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Diagnostic des achats de l’Eurométropole' }).click();
	await expect(page.getByTestId('notes-view')).toContainText('412 M€');
	await expect(page.getByTestId('notes-meta')).toContainText('Karim Benali');
	await expectAccessible(page);
	const ics = await page.request.get(`${new URL(page.url()).pathname}/calendar.ics`);
	expect(ics.status()).toBe(200);
	expect(await ics.text()).toContain('BEGIN:VEVENT');

	await page.getByRole('link', { name: 'Rapport' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapport de l’atelier');
	await expect(page.getByTestId('agenda-links')).toContainText('Assemblée plénière de printemps 2027');
	await expectAccessible(page);
	const downloading = page.waitForEvent('download');
	await page.getByTestId('report-pdf').click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^rapport-atelier-\d+\.pdf$/);
	const file = await download.path();
	const fs = await import('node:fs');
	expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

	// the proposal born there says where it comes from
	await page.goto(`${DEMO_COUNCIL}/workshops`);
	await page.getByRole('link', { name: 'Achats responsables : inclusion, handicap, ESS et IAE, achats verts', exact: true }).click();
	await page.getByTestId('born-proposals').getByRole('link').first().click();
	await expect(page.getByTestId('provenance')).toContainText('Achats responsables');
	await expect(page.getByTestId('provenance')).toContainText('Clauses sociales et insertion (IAE)');

	const csv = await page.request.get(`${DEMO_COUNCIL}/workshops/1/contributions.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain('cluster_retained');
	const api = await page.request.get('/api/v1/councils/ess-eurometropole-demo/workshops?year=2026');
	const titles = ((await api.json()).items as { title: string }[]).map((w) => w.title);
	expect(titles).toContain('Achats responsables : inclusion, handicap, ESS et IAE, achats verts');
	expect(titles).toContain('Emploi dans l’ESS : outiller la mesure des progrès');

	// an observer reads the board and is told why there is nothing to post with (no invitation to join)
	const observer = await personPage(page.context().browser()!, DEMO.observer);
	await observer.goto(`${DEMO_COUNCIL}/workshops/1/board`);
	await expect(observer.getByTestId('board-hint')).toHaveText('Votre rôle vous permet de lire ce tableau, pas d’y contribuer.');
	await expect(observer.getByRole('button', { name: 'Publier' })).toHaveCount(0);
	await expect(observer.getByRole('button', { name: 'Rejoindre l’atelier' })).toHaveCount(0);
	await observer.context().close();
	const unknown = await page.request.get('/api/v1/councils/ess-eurometropole-demo/workshops/99999');
	expect(unknown.status()).toBe(404);
	expect((await unknown.json()).error.message).toBe('Atelier introuvable.');

	// in English too
	await page.goto(`${DEMO_COUNCIL}/workshops/1/report`);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Report of the workshop');
	await expect(page.getByRole('link', { name: 'Download the report (PDF)' })).toBeVisible();
	await expectAccessible(page);
	await page.goto(`${DEMO_COUNCIL}/workshops/1/board`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Contribution board');
	await expect(page.getByTestId('cluster').first()).toContainText('Retained');
});
