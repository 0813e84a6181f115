// Helpers every end-to-end test uses: logging in as a demo role, and the axe scan.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
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

/** The e2e server's database directory (tests/e2e/serve.js: one per port). */
export function e2eDatabaseDir(): string {
	return path.resolve('test-results', `e2e-db-${process.env.E2E_PORT ?? '4173'}`);
}

/**
 * Runs a setup script (tests/e2e/*-setup.ts) with tsx against the e2e server's database, to create through the
 * services what a test needs but does not test; returns the JSON the script prints on its last line.
 */
export function runSetup<T>(script: string, args: string[]): T {
	const dir = e2eDatabaseDir();
	const out = execFileSync('npx', ['tsx', `tests/e2e/${script}`, ...args], {
		env: { ...process.env, DATABASE_PATH: path.join(dir, 'cocon.db'), DATA_DIR: dir, LOG_LEVEL: 'warn' },
		encoding: 'utf8'
	});
	return JSON.parse(out.trim().split('\n').pop()!) as T;
}
