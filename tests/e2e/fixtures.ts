// Helpers every end-to-end test uses: logging in as a demo role, and the axe scan.
import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO_PASSWORD = 'cocon-demo-2026';
export const DEMO = {
	admin: 'admin@demo.cocon.fr',
	secretariat: 'secretariat@demo.cocon.fr',
	chair: 'presidence@demo.cocon.fr',
	member: 'membre@demo.cocon.fr',
	evaluator: 'evaluation@demo.cocon.fr',
	observer: 'observateur@demo.cocon.fr'
} as const;
export const DEMO_COUNCIL = '/c/ess-eurometropole-demo';

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** A fresh browser context (a second person) already logged in. */
export async function personPage(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

/** Fails on any serious or critical axe violation of the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
