import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

test('switching to English changes the interface, survives navigation, and switches back', async ({ page }) => {
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByRole('button', { name: 'English' }).click();

	// Back on the same page, in English.
	await expect(page).toHaveURL(/\/login/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
	await expect(page.getByLabel('Email address')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Demo accounts' })).toContainText('Platform administrator');

	// Other pages, reached by links, then brand-new navigations.
	await page.getByRole('link', { name: 'Cocon, home' }).click();
	await expect(page).toHaveURL(/\/$/);
	await page.getByRole('link', { name: 'Conseil de l’ESS — Eurométropole (démo)' }).click();
	await expect(page.getByRole('navigation', { name: 'Council sections' }).getByRole('link', { name: 'Overview' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
	await page.goto('/account');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page);

	// And back to French.
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await page.goto('/login');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
});

test('the 403 page speaks French and English', async ({ page }) => {
	await login(page, DEMO.member);
	const response = await page.goto(`${DEMO_COUNCIL}/audit`);
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
	await expect(page).toHaveTitle('Accès refusé — Cocon');
	await expect(page.getByText('Votre rôle ne vous permet pas d’ouvrir cette page.', { exact: false })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO_COUNCIL}/audit$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access denied');
	await expect(page.getByText('Your role does not allow you to open this page.', { exact: false })).toBeVisible();
	await expectAccessible(page);
});
