import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, login } from './fixtures';

const PASSWORD = 'une phrase de passe pour deux appareils';

/**
 * An account of its own: "log out everywhere" ends every session of the account, so a shared demo login
 * would log out the other tests running at the same time. The secretariat invites a new person, who accepts.
 */
async function newMemberAccount(browser: Browser): Promise<{ email: string; name: string; page: Page }> {
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const email = `deux-appareils-${stamp}@example.org`;
	const name = `Dominique Deux-Appareils ${stamp}`;
	const secretariat = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await login(secretariat, DEMO.secretariat);
	await secretariat.goto(`${DEMO_COUNCIL}/members/invite`);
	await secretariat.getByLabel('Adresse e-mail').fill(email);
	await secretariat.getByLabel('Nom', { exact: true }).fill(name);
	await secretariat.getByLabel('Collège').selectOption({ label: 'Acteurs de l’ESS' });
	await secretariat.getByRole('button', { name: 'Créer l’invitation' }).click();
	const link = await secretariat.getByRole('textbox', { name: 'Lien d’invitation' }).inputValue();
	await secretariat.context().close();

	const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await page.goto(link);
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));
	return { email, name, page };
}

test('“Se déconnecter partout” ends every session of the account, in every browser', async ({ page, browser }) => {
	test.slow(); // three people and four logins
	const { email, name, page: phone } = await newMemberAccount(browser);
	await login(page, email, PASSWORD);
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
	await expect(page.getByRole('link', { name })).toBeVisible();

	await phone.goto('/account');
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Mon compte');

	await page.getByRole('button', { name: 'Se déconnecter partout' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await page.goto('/account');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);

	// The other browser is sent to login on its next navigation.
	await phone.goto('/account');
	await expect(phone).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
	await expect(phone.getByRole('link', { name })).toHaveCount(0);

	// Logging in again works.
	await login(phone, email, PASSWORD);
	await phone.goto('/account');
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
	await phone.context().close();
});
