import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectAccessible, login } from './fixtures';

async function submitLogin(page: Page, email: string, password: string): Promise<void> {
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).last().click();
}

const loginCard = (page: Page) => page.getByRole('region', { name: 'Connexion' });

test('a wrong password is refused with a message next to the form, the same as for an unknown email', async ({ page }) => {
	await page.goto('/login');
	await submitLogin(page, DEMO.observer, 'ce n’est pas le bon mot de passe');
	await expect(page).toHaveURL(/\/login/);
	await expect(loginCard(page).getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
	// The email stays filled in, the password never comes back.
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue(DEMO.observer);
	await expect(page.getByLabel('Mot de passe')).toHaveValue('');
	await expectAccessible(page);

	await submitLogin(page, `inconnu-${Date.now()}@example.org`, DEMO_PASSWORD);
	await expect(loginCard(page).getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
});

test('after 5 failed attempts on one email, the next one is refused for some minutes', async ({ page }) => {
	const email = `personne-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
	await page.goto('/login');
	for (let i = 1; i <= 5; i++) {
		await submitLogin(page, email, `essai numéro ${i}`);
		await expect(loginCard(page).getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
	}
	await submitLogin(page, email, 'sixième essai');
	await expect(loginCard(page).getByRole('alert')).toHaveText(/^Trop de tentatives de connexion\. Réessayez dans \d+ minutes?\.$/);
	await expectAccessible(page);
});

test('a protected page sends a logged-out visitor to login, then back to that page', async ({ page }) => {
	await page.goto('/account');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
	await submitLogin(page, DEMO.member, DEMO_PASSWORD);
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
	await expect(page.getByRole('link', { name: 'Conseil de l’ESS — Eurométropole (démo)' })).toBeVisible();
	await expectAccessible(page);
});

test('what a person types before the page’s scripts have loaded is kept', async ({ page }) => {
	// A slow connection: the scripts arrive after the person has filled in the form.
	await page.route(/\/_app\//, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 2000));
		await route.continue();
	});
	await page.goto('/login', { waitUntil: 'commit' });
	await page.getByLabel('Adresse e-mail').fill(DEMO.member);
	await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue(DEMO.member);
	await expect(page.getByLabel('Mot de passe')).toHaveValue(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'Karim Benali' })).toBeVisible();
});

test('never redirects to another site after login', async ({ page }) => {
	await page.goto('/login?redirectTo=%2F%09%2Fexample.org');
	await submitLogin(page, DEMO.member, DEMO_PASSWORD);
	await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});

test('logging out ends the session', async ({ page }) => {
	await login(page, DEMO.member);
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Karim Benali' })).toHaveCount(0);
	await page.goto('/account');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
});

test('the login page lists the demo accounts and their password', async ({ page }) => {
	await page.goto('/login');
	const table = page.getByRole('table', { name: 'Comptes de démonstration' });
	await expect(table.getByRole('columnheader')).toHaveText(['Rôle', 'Adresse e-mail']);
	const rows = [
		['Administration de la plateforme', DEMO.admin],
		['Secrétariat', DEMO.secretariat],
		['Présidence', DEMO.chair],
		['Membre votant', DEMO.member],
		['Évaluation', DEMO.evaluator],
		['Observation (lecture seule)', DEMO.observer]
	];
	await expect(table.locator('tbody tr')).toHaveCount(rows.length);
	for (const [i, [role, email]] of rows.entries()) {
		await expect(table.locator('tbody tr').nth(i).getByRole('cell')).toHaveText([role, email]);
	}
	await expect(page.getByText(`le mot de passe est « ${DEMO_PASSWORD} »`)).toBeVisible();
});
