import { expect, test } from '@playwright/test';
import { expectAccessible, login, runSetup } from './fixtures';

type Setup = { slug: string; email: string; oldPlanId: number; oldTitle: string; oldIndicatorId: number; planId: number; newTitle: string; indicatorId: number; name: string };

test('the next plan: a stale carried target is reviewed before adoption, the indicator shows one series 2016-2026, the evaluated plan still takes values', async ({ page }) => {
	test.setTimeout(120_000);
	const s = runSetup<Setup>('plans-history-setup.ts', [Date.now().toString(36)]);
	const plans = `/c/${s.slug}/plans`;
	await login(page, s.email);

	// the draft lists the carried indicator whose target is already reached and whose date had passed
	await page.goto(`${plans}/${s.planId}`);
	await expect(page.getByRole('heading', { level: 1, name: s.newTitle })).toBeVisible();
	const reviews = page.getByRole('region', { name: 'Cibles à revoir avant l’adoption' });
	await expect(reviews).toContainText('1 cible reste à revoir.');
	await expect(reviews).toContainText('cible déjà atteinte par la valeur de référence');
	await expect(reviews).toContainText('date de la cible passée (ancienne cible : 20 lieux au 31 décembre 2020)');
	await expectAccessible(page);

	// adoption is refused, naming it
	await page.getByRole('button', { name: 'Adopter le plan', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(`Avant d’adopter le plan, revoyez la cible de 1 indicateur reporté : « ${s.name} ».`);
	await expect(page.getByText('En projet', { exact: true })).toBeVisible();

	// a new target the baseline already reaches is refused next to its field, then a real one is kept
	const group = reviews.getByRole('group', { name: `Revoir la cible de « ${s.name} »` });
	await group.getByText('Fixer une nouvelle cible').first().click();
	await group.getByLabel('Nouvelle cible', { exact: true }).fill('21');
	await group.getByLabel('Date de la nouvelle cible').fill('2026-12-31');
	await group.getByRole('button', { name: 'Fixer une nouvelle cible' }).click();
	await expect(page.getByLabel('Nouvelle cible', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(reviews.locator('p.error')).toContainText('La valeur de référence atteint déjà cette cible');
	await page.getByLabel('Nouvelle cible', { exact: true }).fill('30');
	await reviews.getByRole('button', { name: 'Fixer une nouvelle cible' }).click();
	await expect(page.locator('p.alert.ok')).toHaveText('Cible revue.');
	await expect(reviews).toContainText('Toutes les cibles ont été revues.');
	await expect(reviews).toContainText('Cible actuelle : 30 lieux au 31 décembre 2026');
	await expectAccessible(page);

	// now it can be adopted; the evaluated plan stays under evaluation
	await page.getByRole('button', { name: 'Adopter le plan', exact: true }).click();
	await expect(page.getByText('Adopté', { exact: true })).toBeVisible();

	// the carried indicator: one series from 2016 to 2023 with the boundary of the 2021-2026 plan, and its data in a table
	await page.goto(`${plans}/${s.planId}/indicators/${s.indicatorId}`);
	await expect(page.getByRole('heading', { level: 1, name: s.name })).toBeVisible();
	await expect(page.getByRole('link', { name: s.oldTitle })).toHaveAttribute('href', `${plans}/${s.oldPlanId}/indicators/${s.oldIndicatorId}`);
	await expect(page.locator('[data-boundary="2021-2026"]')).toHaveCount(1);
	await expect(page.locator('svg circle.point')).toHaveCount(7);
	await expect(page.getByTestId('chart-plans')).toHaveText(`Plans de la série : « ${s.oldTitle} » (2016-2020, 5 valeurs mesurées) ; « ${s.newTitle} » (2021-2026, 2 valeurs mesurées).`);
	await expect(page.getByRole('figure')).toContainText('un trait vertical marque le début de chaque plan');
	await page.getByText('Données du graphique', { exact: true }).click();
	const data = page.getByTestId('chart-data');
	await expect(data.locator('tbody tr')).toHaveCount(7);
	await expect(data.locator('tbody tr').first()).toContainText('31 décembre 2016');
	await expect(data.locator('tbody tr').first()).toContainText(s.oldTitle);
	await expect(data.locator('tbody tr').last()).toContainText('27 lieux');
	await expectAccessible(page);

	// the evaluated plan takes a late value after its successor's adoption
	await page.goto(`${plans}/${s.oldPlanId}`);
	await expect(page.getByText('En évaluation', { exact: true })).toBeVisible();
	await page.goto(`${plans}/${s.oldPlanId}/indicators/${s.oldIndicatorId}`);
	await page.getByLabel('Date', { exact: true }).fill('2021-03-31');
	await page.getByLabel('Valeur', { exact: true }).fill('22,5');
	await page.getByRole('button', { name: 'Ajouter une valeur' }).click();
	await expect(page.locator('p.alert.ok')).toHaveText('Valeur enregistrée.');
	await expect(page.getByTestId('series-table')).toContainText('22,5 lieux');
});
