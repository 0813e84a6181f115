import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

// Acceptance checks on proposals (issue 3): readable bylines and labels in both languages, drafts private.

test('the author line reads “name — organisation (college)” on the list and the proposal, in French and English', async ({ page }) => {
	await page.goto(`${DEMO_COUNCIL}/proposals?q=habitants`);
	const item = page.locator('li.card').filter({ has: page.getByRole('link', { name: 'Mieux accompagner les initiatives des habitants' }) });
	await expect(item).toContainText('Karim Benali — Association Les Jardins de la Montagne Verte (Acteurs de l’ESS)');
	await page.getByRole('link', { name: 'Mieux accompagner les initiatives des habitants' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mieux accompagner les initiatives des habitants' })).toBeVisible();
	await expect(page.locator('main')).toContainText('par Karim Benali — Association Les Jardins de la Montagne Verte (Acteurs de l’ESS), déposée le');

	// versions: an unchanged field says so, separated from its name
	await page.getByRole('link', { name: 'Comparer les versions' }).first().click();
	await expect(page.getByRole('heading', { level: 3, name: 'Titre (inchangé)' })).toBeVisible();
	await expectAccessible(page);

	await page.goto(`${DEMO_COUNCIL}/proposals/1`);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Text of the proposal' })).toBeVisible();
	await expect(page.locator('main')).toContainText('by Karim Benali — Association Les Jardins de la Montagne Verte (Acteurs de l’ESS), submitted on');
	await page.goto(`${DEMO_COUNCIL}/proposals?author=1`);
	await expectAccessible(page);
});

test('a draft stays private: another member and the secretariat get “not found”, the author reads it', async ({ page, browser }) => {
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/proposals/new`);
	const title = `Brouillon privé ${Date.now().toString(36)}`;
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Résumé').fill('Un brouillon que personne d’autre ne doit voir.');
	await page.getByLabel('Texte', { exact: true }).fill('Texte du brouillon.');
	await page.getByRole('checkbox', { name: 'Économie circulaire' }).check();
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const url = page.url().replace(/\?.*$/, '');

	for (const who of [DEMO.chair, DEMO.secretariat]) {
		const other = await personPage(browser, who);
		const response = await other.goto(url);
		expect(response?.status()).toBe(404);
		await other.goto(`${DEMO_COUNCIL}/proposals?q=${encodeURIComponent('Brouillon privé')}`);
		await expect(other.getByRole('link', { name: title })).toHaveCount(0);
		await other.context().close();
	}
	const anonymous = await browser.newContext();
	const api = await anonymous.request.get(`/api/v1/councils/ess-eurometropole-demo/proposals/${url.split('/').pop()}`);
	expect(api.status()).toBe(404);
	await anonymous.close();
});

test('an edited comment says so after its date, and the notification names the council before its date', async ({ page, browser }) => {
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/proposals/new`);
	const title = `Des composteurs partagés ${Date.now().toString(36)}`;
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Résumé').fill('Un composteur partagé par quartier.');
	await page.getByLabel('Texte', { exact: true }).fill('Un composteur partagé par quartier, géré par une association.');
	await page.getByRole('checkbox', { name: 'Économie circulaire' }).check();
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await page.getByRole('button', { name: 'Déposer la proposition' }).click();
	await expect(page.locator('[data-state]').first()).toHaveText('Déposée');
	const url = page.url().replace(/\?.*$/, '');

	const chair = await personPage(browser, DEMO.chair);
	await chair.goto(url);
	await chair.getByLabel('Votre commentaire').fill('Premier jet du commentaire.');
	await chair.getByRole('button', { name: 'Publier le commentaire' }).click();
	const comments = chair.getByTestId('comments');
	await expect(comments).toContainText('Premier jet du commentaire.');
	await comments
		.locator('summary')
		.filter({ hasText: /^Modifier/ })
		.click();
	await comments.getByLabel('Modifier votre commentaire').fill('Commentaire corrigé.');
	await comments.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(comments).toContainText('Commentaire corrigé.');
	await expect(comments.locator('.meta').filter({ hasText: 'Claire Weber' }).first()).toHaveText(/\d{2}:\d{2} \(modifié\)$/);
	await chair.context().close();

	await page.getByTestId('notifications-link').click();
	const entry = page
		.locator('li')
		.filter({ hasText: `Claire Weber a commenté la proposition « ${title} »` })
		.first();
	await expect(entry).toContainText('Conseil de l’ESS — Eurométropole (démo) · ');
	await expectAccessible(page);
});
