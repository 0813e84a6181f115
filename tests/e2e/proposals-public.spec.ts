import { expect, test } from '@playwright/test';
import { DEMO_COUNCIL, expectAccessible } from './fixtures';

test('an anonymous visitor searches, filters and reads a public proposal with its answer and timeline', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto(DEMO_COUNCIL);
	await page.getByRole('navigation', { name: 'Sections du conseil' }).getByRole('link', { name: 'Propositions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Propositions' })).toBeVisible();
	// drafts are never listed
	await expect(page.getByText('Accepter le Stück dans les équipements municipaux')).toHaveCount(0);
	await expectAccessible(page);

	// the URL carries the filters
	await page.getByLabel('État').selectOption({ label: 'Mise en œuvre' });
	await page.getByRole('button', { name: 'Appliquer' }).click();
	await expect(page).toHaveURL(/state=implemented/);
	await expect(page.getByText('8 propositions')).toBeVisible();
	await page.goto(`${DEMO_COUNCIL}/proposals?q=consulaires`);
	await expect(page.getByText('1 proposition')).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('consulaires');

	await page.getByRole('link', { name: 'Ouvrir le conseil de l’ESS aux chambres consulaires' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ouvrir le conseil de l’ESS aux chambres consulaires' })).toBeVisible();
	await expect(page.locator('[data-state]').first()).toHaveText('Inscrite à l’ordre du jour');
	await expect(page.getByRole('region', { name: 'Réponse officielle' })).toContainText('chambres consulaires ont donné leur accord');
	const timeline = page.getByRole('region', { name: 'Historique' });
	await expect(timeline).toContainText('Déposée → Acceptée pour délibération');
	await expect(timeline).toContainText('Acceptée pour délibération → Inscrite à l’ordre du jour');
	await expect(page.getByText('Connectez-vous pour soutenir, commenter ou amender.').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Soutenir' })).toHaveCount(0);
	await expectAccessible(page);

	// and in English
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('region', { name: 'History' })).toContainText('Submitted → Accepted for deliberation');
	await expect(page.locator('[data-state]').first()).toHaveText('On the agenda');
});

test('an anonymous visitor downloads the open data and reads the API', async ({ page }) => {
	const csv = await page.request.get(`${DEMO_COUNCIL}/proposals/export.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text).toContain('id,title,summary,state,themes,levers,author,organisation,college,supports,comments,answer');
	expect(text).toContain('Une plateforme d’achats responsables');
	expect(text).not.toContain('Accepter le Stück');

	const api = await page.request.get('/api/v1/councils/ess-eurometropole-demo/proposals?state=implemented&pageSize=5');
	expect(api.status()).toBe(200);
	const body = await api.json();
	expect(body.total).toBe(8);
	expect(body.proposals).toHaveLength(5);
	const one = await page.request.get(`/api/v1/councils/ess-eurometropole-demo/proposals/${body.proposals[0].id}`);
	expect((await one.json()).proposal.timeline.at(-1).to).toBe('implemented');

	const bad = await page.request.get('/api/v1/councils/ess-eurometropole-demo/proposals?state=nope');
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.issues[0].path).toBe('state');
});
