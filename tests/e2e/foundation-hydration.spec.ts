import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, login } from './fixtures';

// On a slow connection a person may type before the page's scripts have started; hydration must not erase it.
test('what is typed and ticked before the scripts start is kept, and the form submits it', async ({ page }) => {
	await login(page, DEMO.member);
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto(`${DEMO_COUNCIL}/proposals/new`, { waitUntil: 'domcontentloaded' });
	const title = `Saisie précoce ${Date.now().toString(36)}`;
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Résumé').fill('Tapé avant le chargement des scripts.');
	await page.getByLabel('Texte', { exact: true }).fill('Le texte tapé tôt.');
	await page.getByRole('checkbox', { name: 'Économie circulaire' }).check();
	release();
	// the root layout has put the early edits back once every component hydrated
	await page.waitForFunction(() => (window as unknown as { __coconEarlyInput: { edits: Map<unknown, unknown> } }).__coconEarlyInput.edits.size === 0);
	await page.unroute('**/_app/immutable/**/*.js');
	await expect(page.getByLabel('Titre')).toHaveValue(title);
	await expect(page.getByLabel('Texte', { exact: true })).toHaveValue('Le texte tapé tôt.');
	await expect(page.getByRole('checkbox', { name: 'Économie circulaire' })).toBeChecked();
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
