import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

/** Opens a page and waits until it is interactive, so that hydration does not reset what the test types. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

test('anyone reads the public member list, 25 per page, without email addresses', async ({ page }) => {
	await open(page, `${DEMO_COUNCIL}/members`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Membres');
	await expect(page.getByTestId('members-count')).toContainText(/\d{3} membres/);
	const rows = page.getByTestId('members-table').locator('tbody tr');
	await expect(rows).toHaveCount(25);
	await expect(page.getByRole('columnheader', { name: 'Adresse e-mail' })).toHaveCount(0);
	await expect(page.getByLabel('Statut')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Inviter' })).toHaveCount(0);
	await expect(page.getByText(/Page 1 sur \d/)).toBeVisible();
	await page.getByRole('link', { name: 'Suivant' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByText(/Page 2 sur \d/)).toBeVisible();
	await expectAccessible(page);
});

test('search and filters live in the URL, so a view can be shared and paged', async ({ page }) => {
	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/members`);
	await expect(page.getByRole('columnheader', { name: 'Adresse e-mail' })).toBeVisible();

	await page.getByLabel('Collège').selectOption({ label: 'Acteurs de l’ESS' });
	await page.getByLabel('Rôles').selectOption({ label: 'Membre votant' });
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/college=\d+/);
	await expect(page).toHaveURL(/role=member/);
	await expect(page.getByTestId('members-count')).toContainText('correspondent à vos critères');
	await page.getByRole('link', { name: 'Suivant' }).click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page).toHaveURL(/college=\d+/);
	await expect(page).toHaveURL(/role=member/);

	// The shared address opens the same view.
	await open(page, page.url());
	await expect(page.getByLabel('Rôles')).toHaveValue('member');
	await expect(page.getByLabel('Collège').locator('option:checked')).toHaveText('Acteurs de l’ESS');
});

test('the search finds names and, for the secretariat, email addresses; the type filter narrows', async ({ page }) => {
	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/members`);
	await page.getByLabel('Rechercher', { exact: true }).fill('karim benali');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/q=karim\+benali/);
	const table = page.getByTestId('members-table');
	await expect(table).toContainText('Karim Benali');
	await expect(table).toContainText(DEMO.member);

	await page.getByLabel('Rechercher', { exact: true }).fill('membre@demo');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/q=membre%40demo/);
	await expect(page.getByTestId('members-count')).toContainText('1 membre sur');
	await expect(table).toContainText('Karim Benali');

	await page.getByLabel('Type d’organisation').selectOption({ label: 'Financeur' });
	await page.getByLabel('Rechercher', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/type=funder/);
	await expect(table).toContainText('Thomas Keller');
	await expect(table).not.toContainText('Karim Benali');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Effacer les filtres' }).first().click();
	await expect(page).toHaveURL(new RegExp(`${DEMO_COUNCIL}/members$`));
});

test('a member sees the list but not the management pages', async ({ page }) => {
	await login(page, DEMO.member);
	await open(page, `${DEMO_COUNCIL}/members`);
	await expect(page.getByTestId('members-table')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Inviter' })).toHaveCount(0);
	for (const path of ['invite', 'import']) {
		const response = await open(page, `${DEMO_COUNCIL}/members/${path}`);
		expect(response?.status()).toBe(403);
	}
});
