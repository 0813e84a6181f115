import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

/** The unread count the header link announces ("Notifications (3 non lues)"), 0 without a badge. */
async function unreadInHeader(page: Page): Promise<number> {
	const name = (await page.getByTestId('notifications-link').textContent()) ?? '';
	const match = /\((\d+) non lues?\)/.exec(name.replace(/\s+/g, ' '));
	return match ? Number(match[1]) : 0;
}

test('the author’s unread count rises live when someone comments, and the centre leads to the proposal', async ({ page, browser }) => {
	const title = `Jardins partagés ${Date.now()}`;
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/proposals/new`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Résumé').fill('Ouvrir des jardins partagés dans chaque quartier.');
	await page.getByLabel('Texte', { exact: true }).fill('Un **jardin** par quartier.');
	await page.getByRole('group', { name: 'Thématiques' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page).toHaveURL(/\/proposals\/\d+(\?.*)?$/);
	await page.getByRole('button', { name: 'Déposer la proposition' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const proposalUrl = new URL(page.url()).pathname;

	// a page that refreshes nothing by itself: only the header's own socket listener can change the count
	await page.goto('/account');
	const link = page.getByTestId('notifications-link');
	await expect(link).toBeVisible();
	const before = await unreadInHeader(page);

	const other = await personPage(browser, DEMO.evaluator);
	await other.goto(proposalUrl);
	await other.getByLabel('Votre commentaire').fill('Très bonne idée, nous pouvons aider.');
	await other.getByRole('button', { name: 'Publier le commentaire' }).click();
	await expect(other.getByText('Très bonne idée, nous pouvons aider.')).toBeVisible();
	await other.context().close();

	// on the author's open page, without a reload or navigation
	await expect.poll(() => unreadInHeader(page)).toBeGreaterThan(before);
	await expect(page).toHaveURL(/\/account$/);
	await expect(link).toHaveAccessibleName(/^Notifications \(\d+ non lues?\)$/);
	await expect(page.getByRole('status').filter({ hasText: /Vous avez \d+ notifications? non lues?\./ })).toHaveCount(1);

	await link.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
	const item = page.getByRole('listitem').filter({ hasText: `Élise Rivière a commenté la proposition « ${title} »` });
	await expect(item).toHaveCount(1);
	await expect(item.getByText('Non lue')).toBeVisible();
	await expect(item.getByText('Conseil de l’ESS — Eurométropole (démo)')).toBeVisible();
	await expectAccessible(page);

	const unreadBefore = await unreadInHeader(page);
	await item.getByRole('link', { name: `Élise Rivière a commenté la proposition « ${title} »` }).click();
	await expect(page).toHaveURL(new RegExp(`${proposalUrl}$`));
	await expect(page.getByText('Très bonne idée, nous pouvons aider.')).toBeVisible();
	expect(await unreadInHeader(page)).toBeLessThan(unreadBefore);

	await page.goto('/notifications');
	await expect(item.getByText('Non lue')).toHaveCount(0);
	if ((await unreadInHeader(page)) > 0) {
		await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
		await expect(page.getByRole('button', { name: 'Tout marquer comme lu' })).toHaveCount(0);
	}
	await expect(link).toHaveAccessibleName('Notifications');
});
