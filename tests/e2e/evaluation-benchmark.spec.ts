// The evaluation's benchmark of other cities and its evidence documents: the evaluator adds a comparison row (a bad
// value is refused next to its field, then fixed) and finds it in the report (page and PDF); attaches documents to a
// finding (public) and to an interview (internal) and downloads one; a logged-out visitor reads the comparison in the
// public report and the finding's document, never the interview's.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';
import { pdfPages } from '../../src/lib/server/pdf-pages';
import { PDF } from '../../src/lib/server/files/files.fixtures';

async function openEvaluation(page: Page): Promise<string> {
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Évaluation du PLDESS 2016-2020' })).toBeVisible();
	return page.url().replace(/\/evaluation$/, '');
}

test('the evaluator adds a comparison with another city: a bad value is refused next to its field, then the row is in the report', async ({ page }) => {
	test.setTimeout(90_000);
	await login(page, DEMO.evaluator);
	const planUrl = await openEvaluation(page);
	await page.getByRole('link', { name: 'Comparaison avec d’autres villes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Comparaison avec d’autres villes' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Chiffres d’autres villes, avec leur source' });
	await expect(table).toContainText('Strasbourg');
	await expect(table).toContainText('more than 435,000 professional integration hours in 2020');
	await expectAccessible(page);

	const add = page.locator('form', { has: page.getByRole('heading', { name: 'Ajouter une comparaison' }) });
	await add.getByLabel('Ville').fill('Nantes');
	await add.getByLabel('Indicateur du plan', { exact: true }).selectOption({ label: 'Heures d’insertion réalisées dans les marchés publics' });
	await add.getByLabel('Valeur').fill('beaucoup');
	await add.getByLabel('Année').fill('2021');
	await add.getByLabel('Source').fill('Rapport d’activité 2021 de Nantes Métropole (chiffre de test)');
	await add.getByRole('button', { name: 'Ajouter une comparaison' }).click();

	const value = add.getByLabel('Valeur');
	await expect(value).toHaveAttribute('aria-invalid', 'true');
	await expect(add.getByText('Saisissez un nombre (par exemple 12,5).')).toBeVisible();
	// what was typed is kept
	await expect(add.getByLabel('Ville')).toHaveValue('Nantes');
	await expect(add.getByLabel('Indicateur du plan', { exact: true })).toHaveValue(/\d+/);
	await expectAccessible(page);
	await value.fill('310 000');
	await add.getByRole('button', { name: 'Ajouter une comparaison' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	const nantes = table.getByRole('row', { name: /Nantes/ });
	await expect(nantes).toContainText('Heures d’insertion réalisées dans les marchés publics');
	await expect(nantes).toContainText(/310\s000\sheures\/an/);
	await expect(nantes).toContainText('2021');

	await page.goto(`${planUrl}/report`);
	const section = page.getByRole('region', { name: 'Comparaison avec d’autres villes' });
	await expect(section).toContainText('Nantes');
	await expect(section).toContainText(/310\s000\sheures\/an/);
	await expectAccessible(page);
	const pdf = await page.request.get(`${planUrl}/report.pdf`);
	expect(pdf.status()).toBe(200);
	const text = pdfPages(await pdf.body())
		.join('\n')
		.replace(/\s+/g, ' ');
	expect(text).toMatch(/Nantes \W{0,3}Heures d.?insertion réalisées dans les marchés publics : 310 000 heures\/an \(2021\)/);
});

test('evidence documents: the evaluator attaches and downloads them; a visitor reads the public one, never the internal one', async ({ page, browser }) => {
	test.setTimeout(90_000);
	await login(page, DEMO.evaluator);
	const planUrl = await openEvaluation(page);
	await page.getByRole('link', { name: 'Entretiens et constats' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Entretiens et constats' })).toBeVisible();

	// a document on a finding (public, like the finding)
	const finding = page.locator('li.card[data-kind]').first();
	await finding.getByText('Joindre des documents', { exact: true }).first().click();
	await finding.getByLabel('Joindre des documents').setInputFiles({ name: 'parangonnage-villes.pdf', mimeType: 'application/pdf', buffer: PDF });
	await finding.getByRole('button', { name: 'Joindre', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	const publicLink = page.locator('li.card[data-kind]').first().getByRole('link', { name: 'parangonnage-villes.pdf' });
	await expect(publicLink).toBeVisible();

	// a document on an interview (internal, like its notes)
	const interview = page.locator('li[id^="interview-"]').first();
	await interview.getByText('Joindre des documents', { exact: true }).first().click();
	await interview.getByLabel('Joindre des documents').setInputFiles({ name: 'compte-rendu-entretien.txt', mimeType: 'text/plain', buffer: Buffer.from('Compte rendu interne de l’entretien.') });
	await interview.getByRole('button', { name: 'Joindre', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	const internalLink = page.locator('li[id^="interview-"]').first().getByRole('link', { name: 'compte-rendu-entretien.txt' });
	await expect(internalLink).toBeVisible();
	await expectAccessible(page);

	// the evaluator downloads the public one
	const [download] = await Promise.all([page.waitForEvent('download'), publicLink.click()]);
	expect(download.suggestedFilename()).toBe('parangonnage-villes.pdf');
	expect(fs.readFileSync((await download.path())!).equals(PDF)).toBe(true);
	const publicHref = (await publicLink.getAttribute('href'))!;
	const internalHref = (await internalLink.getAttribute('href'))!;
	const own = await page.request.get(internalHref);
	expect(own.status()).toBe(200);
	expect(own.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(own.headers()['x-content-type-options']).toBe('nosniff');

	// a logged-out visitor
	const context = await browser.newContext({ locale: 'fr-FR' });
	const visitor = await context.newPage();
	await visitor.goto(`${planUrl}/evaluation/evidence`);
	await expect(visitor.getByRole('link', { name: 'parangonnage-villes.pdf' })).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'compte-rendu-entretien.txt' })).toHaveCount(0);
	await expect(visitor.getByText('Joindre des documents')).toHaveCount(0);
	await expectAccessible(visitor);
	expect((await visitor.request.get(publicHref)).status()).toBe(200);
	const hidden = await visitor.request.get(internalHref);
	expect(hidden.status()).toBe(404);
	expect(await hidden.text()).not.toContain('Compte rendu interne');
	await visitor.goto(`${planUrl}/report`);
	const section = visitor.getByRole('region', { name: 'Comparaison avec d’autres villes' });
	await expect(section).toContainText('Strasbourg');
	await expect(section).toContainText('Bordeaux');
	await expect(section).toContainText(/435\s000\sheures\/an/);
	await expectAccessible(visitor);
	await context.close();
});
