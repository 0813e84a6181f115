import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, personPage, runSetup } from './fixtures';

type Setup = { slug: string; planId: number; planTitle: string; indicatorId: number; indicatorName: string; memberEmail: string };

test('a private council: its plans are closed to anonymous visitors and open to its members', async ({ page }) => {
	test.setTimeout(90_000);
	const s = runSetup<Setup>('plans-private-setup.ts', [Date.now().toString(36)]);
	const planPath = `/c/${s.slug}/plans/${s.planId}`;

	// anonymous: the dashboard sends to the login page, the data answers with an error, never the plan
	await page.goto(planPath);
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
	for (const path of [`/api/v1/councils/${s.slug}/plans`, `/api/v1/councils/${s.slug}/plans/${s.planId}`, `/api/v1/councils/${s.slug}/plans/${s.planId}/indicators/${s.indicatorId}`]) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect([401, 403, 404], path).toContain(res.status());
		const body = await res.json();
		expect(body.error.code, path).toMatch(/^(unauthenticated|forbidden|not_found)$/);
		expect(JSON.stringify(body)).not.toContain(s.planTitle);
	}
	for (const path of [`${planPath}/measurements.csv`, `${planPath}/indicators.csv`, `${planPath}/plan.json`]) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect([401, 403, 404], path).toContain(res.status());
		expect(await res.text()).not.toContain(s.indicatorName);
	}

	// the member logs in and lands on the dashboard, then reads the indicator and the open data
	await page.getByLabel('Adresse e-mail').fill(s.memberEmail);
	await page.getByLabel('Mot de passe').fill('cocon-demo-2026');
	await page.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(page).toHaveURL(new RegExp(`${planPath}$`));
	await expect(page.getByRole('heading', { level: 1, name: s.planTitle })).toBeVisible();
	await expect(page.getByTestId('plan-progress')).toContainText('%');
	await expectAccessible(page);
	await page.getByRole('link', { name: s.indicatorName }).click();
	await expect(page.getByRole('heading', { level: 1, name: s.indicatorName })).toBeVisible();
	await expect(page.getByTestId('series-table')).toContainText('Bilan 2023');
	await expectAccessible(page);
	const csv = await page.request.get(`${planPath}/measurements.csv`);
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(s.indicatorName);
	const api = await page.request.get(`/api/v1/councils/${s.slug}/plans`);
	expect(api.status()).toBe(200);
	expect((await api.json()).plans.map((p: { title: string }) => p.title)).toEqual([s.planTitle]);
});

test('the draft next plan of the demo council is the secretariat’s: hidden from visitors, members and evaluators', async ({ page, browser }) => {
	test.setTimeout(90_000);
	// the secretariat sees the draft in the list and opens it
	const secretariat = await personPage(browser, DEMO.secretariat);
	await secretariat.goto(`${DEMO_COUNCIL}/plans`);
	await secretariat.getByRole('link', { name: 'PLDESS 2021-2026' }).click();
	await expect(secretariat.getByRole('heading', { level: 1, name: 'PLDESS 2021-2026' })).toBeVisible();
	await expectAccessible(secretariat);
	const draftPath = new URL(secretariat.url()).pathname;
	const draftId = Number(draftPath.split('/').pop());
	expect(draftId).toBeGreaterThan(0);
	const asSecretariat = await secretariat.request.get(`/api/v1/councils/ess-eurometropole-demo/plans/${draftId}`);
	expect(asSecretariat.status()).toBe(200);
	await secretariat.context().close();

	// anonymous: not in the list, not on the evaluated plan, 404 for the page, the API and the open data
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await expect(page.getByRole('heading', { level: 1, name: 'Plans et évaluation' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'PLDESS 2021-2026' })).toHaveCount(0);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'PLDESS 2021-2026' })).toHaveCount(0);
	const response = await page.goto(draftPath);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2021-2026' })).toHaveCount(0);
	await expectAccessible(page);
	const list = await (await page.request.get('/api/v1/councils/ess-eurometropole-demo/plans')).json();
	expect(list.plans.map((p: { title: string }) => p.title)).not.toContain('PLDESS 2021-2026');
	const old = list.plans.find((p: { title: string }) => p.title === 'PLDESS 2016-2020');
	expect((await (await page.request.get(`/api/v1/councils/ess-eurometropole-demo/plans/${old.id}`)).json()).successor).toBeNull();
	for (const path of [`/api/v1/councils/ess-eurometropole-demo/plans/${draftId}`, `${draftPath}/plan.json`, `${draftPath}/measurements.csv`, `${draftPath}/indicators.csv`, `${draftPath}/edit`]) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect([404, 303], path).toContain(res.status());
		expect(await res.text(), path).not.toContain('Projet de plan 2021-2026');
	}
	expect((await page.request.get(`/api/v1/councils/ess-eurometropole-demo/plans/${draftId}`)).status()).toBe(404);
	expect((await page.request.get(`${draftPath}/plan.json`)).status()).toBe(404);

	// a member and an evaluator do not see it either
	for (const email of [DEMO.member, DEMO.evaluator]) {
		const person = await personPage(browser, email);
		const res = await person.goto(draftPath);
		expect(res?.status(), email).toBe(404);
		await person.goto(`${DEMO_COUNCIL}/plans`);
		await expect(person.getByRole('link', { name: 'PLDESS 2016-2020' })).toBeVisible();
		await expect(person.getByRole('link', { name: 'PLDESS 2021-2026' })).toHaveCount(0);
		await person.context().close();
	}
});
