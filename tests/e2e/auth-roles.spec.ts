// Each demo role opens exactly the pages it may, and sees only the links it may follow.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, login } from './fixtures';

type Role = keyof typeof DEMO;
const ROLES = Object.keys(DEMO) as Role[];

/** Who may open each page; everyone else gets the 403 page. */
const PAGES: { url: string; allowed: Role[] }[] = [
	{ url: '/admin', allowed: ['admin'] },
	{ url: `${DEMO_COUNCIL}/settings`, allowed: ['secretariat', 'admin'] },
	{ url: `${DEMO_COUNCIL}/audit`, allowed: ['secretariat', 'admin'] },
	{ url: `${DEMO_COUNCIL}/members/invite`, allowed: ['secretariat', 'admin'] }
];

async function expectForbidden(page: Page, url: string): Promise<void> {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(403);
	await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('Accès refusé');
}

async function expectAllowed(page: Page, url: string): Promise<void> {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(200);
	await expect(page, url).toHaveURL(new RegExp(`${url}$`));
	await expect(page.getByRole('heading', { level: 1 }), url).not.toHaveText(/Accès refusé|Connexion|Page introuvable/);
}

for (const role of ROLES) {
	test(`${role}: opens exactly the pages and sees exactly the links its role allows`, async ({ page }) => {
		await login(page, DEMO[role]);
		for (const { url, allowed } of PAGES) {
			if (allowed.includes(role)) await expectAllowed(page, url);
			else await expectForbidden(page, url);
		}

		await page.goto(DEMO_COUNCIL);
		const nav = page.getByRole('navigation', { name: 'Sections du conseil' });
		const manages = role === 'secretariat' || role === 'admin';
		await expect(nav.getByRole('link', { name: 'Vue d’ensemble' })).toHaveCount(1);
		await expect(nav.getByRole('link', { name: 'Membres' })).toHaveCount(1);
		await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(manages ? 1 : 0);
		await expect(nav.getByRole('link', { name: 'Journal' })).toHaveCount(manages ? 1 : 0);
		await expect(page.getByRole('banner').getByRole('link', { name: 'Administration', exact: true })).toHaveCount(role === 'admin' ? 1 : 0);

		await page.goto(`${DEMO_COUNCIL}/members`);
		await expect(page.getByRole('link', { name: 'Inviter', exact: true })).toHaveCount(manages ? 1 : 0);
	});
}

test('anonymous visitors are sent to login from every protected page, and see no management link', async ({ page }) => {
	for (const { url } of PAGES) {
		await page.goto(url);
		await expect(page, url).toHaveURL(`/login?redirectTo=${encodeURIComponent(url)}`);
	}
	await page.goto(DEMO_COUNCIL);
	const nav = page.getByRole('navigation', { name: 'Sections du conseil' });
	await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0);
	await expect(nav.getByRole('link', { name: 'Journal' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Administration', exact: true })).toHaveCount(0);
	await page.goto(`${DEMO_COUNCIL}/members`);
	await expect(page.getByRole('link', { name: 'Inviter', exact: true })).toHaveCount(0);
});
