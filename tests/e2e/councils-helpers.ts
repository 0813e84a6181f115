// Helpers of the councils e2e specs: creating a council through the administration form.
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

export type CollegeRow = { name: string; weight: string; description?: string };

export function uniqueName(prefix: string): string {
	return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** Fills the creation form (the page must be on /admin/councils/new) and submits it. */
export async function fillCouncilForm(
	page: Page,
	input: { name: string; territory?: string; visibility?: 'public' | 'private'; weighting?: 'none' | 'member' | 'college'; colleges?: CollegeRow[] }
): Promise<void> {
	// wait for the page to be interactive (this button only exists once JavaScript runs)
	await expect(page.getByRole('button', { name: 'Ajouter une ligne de collège' })).toBeVisible();
	await page.getByLabel('Nom du conseil').fill(input.name);
	await page.getByLabel('Territoire').fill(input.territory ?? 'Lille');
	if (input.visibility === 'private') await page.getByRole('radio', { name: /^Privé/ }).check();
	await page.getByLabel('Pondération des voix').selectOption(input.weighting ?? 'none');
	for (const [i, college] of (input.colleges ?? []).entries()) {
		await page.locator(`#college-name-${i}`).fill(college.name);
		await page.locator(`#college-description-${i}`).fill(college.description ?? '');
		await page.locator(`#college-weight-${i}`).fill(college.weight);
	}
}

/** Creates a council as the (logged in) admin and returns its slug. */
export async function createCouncil(page: Page, input: Parameters<typeof fillCouncilForm>[1]): Promise<string> {
	await page.goto('/admin/councils/new');
	await fillCouncilForm(page, input);
	await page.getByRole('button', { name: 'Créer le conseil' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(input.name);
	return new URL(page.url()).pathname.replace('/c/', '');
}

/**
 * Logs in like fixtures.ts's login, but only once the login page is interactive: filling the form before the
 * page has hydrated lets hydration wipe the typed e-mail (seen as an occasional "Adresse e-mail invalide.").
 */
export async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login', { waitUntil: 'networkidle' });
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Opens a page and waits until it is interactive, so that what the test types is not reset by hydration. */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'networkidle' });
}
