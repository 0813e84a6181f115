import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

test('an anonymous visitor reads the public demo council', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Cocon/);
	await page.getByRole('link', { name: 'Conseil de l’ESS — Eurométropole (démo)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conseil de l’ESS — Eurométropole (démo)');
	await expect(page.getByRole('cell', { name: /Acteurs de l’ESS/ })).toBeVisible();
	await expectAccessible(page);
});

test('two members online see each other’s presence live', async ({ page, browser }) => {
	await login(page, DEMO.member);
	await page.goto(DEMO_COUNCIL);
	const list = page.getByTestId('presence-list');
	await expect(list).toContainText('Karim Benali');
	const other = await personPage(browser, DEMO.chair);
	await other.goto(DEMO_COUNCIL);
	await expect(list).toContainText('Claire Weber');
	await expect(other.getByTestId('presence-list')).toContainText('Karim Benali');
	await other.context().close();
	await expect(list).not.toContainText('Claire Weber');
	await expectAccessible(page);
});
