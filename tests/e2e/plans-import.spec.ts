import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

const INDICATOR = 'Part des marchés publics comportant une clause sociale';

test('an evaluator imports measurements: bad rows listed, nothing written, then the chart and the plan progress change', async ({ page }) => {
	test.setTimeout(90_000);
	await login(page, DEMO.evaluator);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	const planUrl = page.url();
	const before = (await page.getByTestId('plan-progress').textContent())!.trim();
	await page.getByRole('link', { name: INDICATOR }).click();
	await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
	await expect(page.getByTestId('indicator-progress')).toContainText(/62\s%/);
	const indicatorUrl = page.url();
	const indicatorId = indicatorUrl.split('/').pop();

	await page.goto(planUrl);
	await page.getByRole('link', { name: 'Importer des mesures' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Importer des mesures' })).toBeVisible();
	await expectAccessible(page);

	// a file with bad rows: every one is listed by line and column, and nothing is written
	const bad = ['indicateur;date;valeur;commentaire', `${indicatorId};2021;26;ok`, 'Indicateur inconnu;2021;3;', `${indicatorId};31/02/2021;4;`, `${indicatorId};2022;beaucoup;`].join('\n');
	await page.getByLabel('Fichier CSV').setInputFiles({ name: 'mesures.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	const errors = page.getByTestId('import-errors');
	await expect(errors).toBeVisible();
	await expect(page.getByText('Le fichier contient 3 erreurs : rien n’a été importé.')).toBeVisible();
	await expect(errors.getByRole('row', { name: /^3 Indicateur Indicateur inconnu/ })).toBeVisible();
	await expect(errors.getByRole('row', { name: /^4 Date Date illisible/ })).toBeVisible();
	await expect(errors.getByRole('row', { name: /^5 Valeur Nombre illisible/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /Importer \d+ valeur/ })).toHaveCount(0);
	await expectAccessible(page);

	// a valid file: preview, then import with a progress bar
	const good = ['indicateur;date;valeur;source;commentaire', `${INDICATOR};2021;26;Direction de la commande publique;Bilan 2021`, `${INDICATOR};2020;20;;`].join('\n');
	await page.getByLabel('Fichier CSV').setInputFiles({ name: 'mesures-2021.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByText('2 lignes lues : 1 nouvelle valeur, 0 correction, 1 inchangée.')).toBeVisible();
	await page.getByRole('button', { name: 'Importer 1 valeur' }).click();
	await expect(page.getByText(/Import terminé : 2 lignes, 1 nouvelle valeur/)).toBeVisible();
	await expect(page.locator('#import-progress')).toHaveAttribute('value', /\d+/);

	// a file saved by a French spreadsheet as "CSV" (Windows-1252): the accented name is read right; re-importing
	// the same value with another source is no correction
	const legacy = ['indicateur;date;valeur;source', `${INDICATOR};2021;26;Autre source`].join('\r\n');
	const bytes = Buffer.from([...legacy].map((c) => ({ é: 0xe9, è: 0xe8 })[c] ?? c.charCodeAt(0)));
	await page.getByLabel('Fichier CSV').setInputFiles({ name: 'mesures-excel.csv', mimeType: 'text/csv', buffer: bytes });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByText('1 ligne lue : 0 nouvelle valeur, 0 correction, 1 inchangée.')).toBeVisible();

	await page.goto(indicatorUrl);
	await expect(page.getByTestId('indicator-progress')).toContainText('Cible atteinte');
	await expect(page.getByTestId('series-table')).toContainText('Bilan 2021');
	await expect(page.getByRole('img', { name: new RegExp(`${INDICATOR}.*6 valeurs mesurées`) })).toBeVisible();
	await expectAccessible(page);

	await page.goto(planUrl);
	await expect(page.getByTestId('plan-progress')).not.toHaveText(before);
	await expect(page.getByText(/mesures-2021\.csv : 1 nouvelle, 0 correction/)).toBeVisible();
});

test('an evaluator corrects a value and the old one stays in the history', async ({ page }) => {
	await login(page, DEMO.evaluator);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Élus et agents formés à l’ESS (cumul)' }).click();
	const correction = page.locator('details', { hasText: 'Corriger 2018' });
	await correction.getByText('Corriger 2018').click();
	await correction.getByLabel('Valeur corrigée').fill('135');
	await correction.getByLabel('Motif de la correction').fill('Relevé RH complet');
	await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
	await expect(page.getByText('Valeur corrigée ; l’ancienne reste dans l’historique.')).toBeVisible();
	const history = page.getByRole('region', { name: 'Historique des valeurs (corrections comprises)' });
	await expect(history.getByRole('row', { name: /130 personnes Corrigée/ })).toBeVisible();
	await expect(history.getByRole('row', { name: /135 personnes En vigueur .*Relevé RH complet/ })).toBeVisible();
	await expectAccessible(page);
});

test('the import page at 360 px: its file sample fits the screen and is written in the reader’s language', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await login(page, DEMO.evaluator);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Importer des mesures' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Importer des mesures' })).toBeVisible();
	const sample = page.getByRole('region', { name: 'Format du fichier' }).locator('pre');
	await expect(sample).toContainText('indicateur;date;valeur;source;commentaire');
	// no region to scroll sideways (axe: scrollable-region-focusable)
	expect(await sample.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import measurements' })).toBeVisible();
	const englishSample = page.getByRole('region', { name: 'File format' }).locator('pre');
	await expect(englishSample).toContainText('indicator;date;value;source;comment');
	await expect(englishSample).not.toContainText('Service ESS');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Français' }).click();
});
