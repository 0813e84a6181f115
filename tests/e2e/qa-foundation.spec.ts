// Acceptance checks of the foundation (issue 2) that earlier specs did not cover: no horizontal scrolling at
// 360 px, JSON errors for any /api/v1 address, and an audit log readable in English.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';
import { createCouncil, uniqueName } from './councils-helpers';

async function toEnglish(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test.describe('at 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 800 } });

	test('the login page and the council page never scroll sideways, in French and in English', async ({ page }) => {
		await page.goto('/login');
		await expect(page.getByRole('table')).toContainText('secretariat@demo.cocon.fr');
		await expectNoHorizontalScroll(page);
		await login(page, DEMO.secretariat);
		await page.goto(DEMO_COUNCIL);
		await expect(page.getByTestId('presence-list')).toContainText('Sophie Martin');
		await expectNoHorizontalScroll(page);
		await expectAccessible(page);
		await toEnglish(page);
		await expect(page.getByRole('heading', { name: 'Colleges' })).toBeVisible();
		await expectNoHorizontalScroll(page);
		await page.goto('/login');
		await expectNoHorizontalScroll(page);
	});

	test('wide tables scroll inside a region the keyboard can reach (audit log, import preview)', async ({ page }) => {
		await login(page, DEMO.secretariat);
		await page.goto(`${DEMO_COUNCIL}/audit`);
		await expect(page.getByRole('region', { name: 'Entrées du journal, les plus récentes d’abord' })).toBeVisible();
		await expectNoHorizontalScroll(page);
		await expectAccessible(page);
		await page.goto(`${DEMO_COUNCIL}/members/import`);
		await page.getByLabel('Ou collez le contenu du fichier').fill('nom,email\n,pas-un-email\n');
		await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
		await expect(page.getByText('Ligne 2').first()).toBeVisible();
		await expectNoHorizontalScroll(page);
		await expectAccessible(page);
	});
});

/** The admin invites `email` into the council at `councilPath` and returns the invitation link. */
async function invite(page: Page, councilPath: string, email: string, name: string, college?: string): Promise<string> {
	await page.goto(`${councilPath}/members/invite`, { waitUntil: 'networkidle' });
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Nom', { exact: true }).fill(name);
	if (college) await page.getByLabel('Collège').selectOption({ label: college });
	await page.getByRole('button', { name: 'Créer l’invitation' }).click();
	return page.getByLabel('Lien d’invitation').inputValue();
}

test('the council switcher lists my councils, fits 360 px, and closes once a council is chosen', async ({ page, browser }) => {
	test.slow();
	const name = uniqueName('QA switcher');
	const email = `switcher-${Date.now().toString(36)}@example.org`;
	await login(page, DEMO.admin);
	const slug = await createCouncil(page, { name });
	const first = await invite(page, `/c/${slug}`, email, 'Quentin Switcher');
	const second = await invite(page, DEMO_COUNCIL, email, 'Quentin Switcher', 'Acteurs de l’ESS');

	const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 800 } });
	const guest = await context.newPage();
	await guest.goto(first, { waitUntil: 'networkidle' });
	await guest.getByLabel('Mot de passe', { exact: true }).fill('une longue phrase de passe');
	await guest.getByLabel('Confirmer le mot de passe').fill('une longue phrase de passe');
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(guest).toHaveURL(new RegExp(`/c/${slug}$`));
	await guest.goto(second, { waitUntil: 'networkidle' });
	await guest.getByRole('button', { name: 'Rejoindre le conseil' }).click();
	await expect(guest).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));

	await guest.goto(`/c/${slug}`, { waitUntil: 'networkidle' });
	const switcher = guest.getByRole('navigation', { name: 'Changer de conseil' });
	await switcher.getByText('Mes conseils').click();
	const links = switcher.getByRole('link');
	await expect(links).toHaveCount(2);
	await expect(switcher.getByRole('link', { name: /Eurométropole/ })).toBeVisible();
	await expect(switcher.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
	await expectNoHorizontalScroll(guest);
	await expectAccessible(guest);
	await switcher.getByRole('link', { name: /Eurométropole/ }).click();
	await expect(guest).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));
	await expect(guest.locator('nav.switcher details')).not.toHaveAttribute('open', '');
	await context.close();
});

test('any /api/v1 address answers errors as JSON with a 4xx status and an issues list', async ({ request }) => {
	const missing = await request.get('/api/v1/no-such-endpoint');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['content-type']).toContain('application/json');
	expect((await missing.json()).error).toMatchObject({ code: 'not_found', issues: [] });

	const wrongMethod = await request.post('/api/v1/councils', { data: {} });
	expect(wrongMethod.status()).toBe(405);
	const body = await wrongMethod.json();
	expect(body.error).toMatchObject({ code: 'method_not_allowed', issues: [] });
	expect(body.error.message).toMatch(/\S/);

	const english = await request.get('/api/v1/no-such-endpoint', { headers: { cookie: 'PARAGLIDE_LOCALE=en' } });
	expect((await english.json()).error.message).toBe('No API endpoint at this address.');
});

test('the audit log in English names every action in words, proposal transitions included', async ({ page }) => {
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/audit`);
	await toEnglish(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
	const actions = await page.getByLabel('Action', { exact: true }).locator('option').allInnerTexts();
	expect(actions.length).toBeGreaterThan(1);
	expect(actions.filter((label) => /^[a-z_]+\.[a-z_]+$/.test(label.trim()))).toEqual([]);
	const table = page.getByRole('table');
	await expect(table).not.toContainText(/\b(from|to): [a-z_]+\b/);
	await expectAccessible(page);
});
