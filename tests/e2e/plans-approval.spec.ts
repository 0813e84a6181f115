import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

const INDICATOR = 'Habitants déclarant connaître l’ESS';

test('stage 2 online: a member approves a proposed indicator, the evaluator closes the round and it is validated', async ({ page, browser }) => {
	test.setTimeout(90_000);
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await page.getByRole('link', { name: 'Validation des indicateurs' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Validation des indicateurs' })).toBeVisible();
	// the round runs under the vote engine's rules, shown in words
	await expect(page.getByTestId('round-rules').first()).toHaveText(
		'Pondération : Par collège (SCIC) · Majorité : Simple (plus de pour que de contre) (Suffrages exprimés (pour + contre)) · Quorum : Aucun'
	);
	const row = page.getByRole('row', { name: new RegExp(INDICATOR) });
	// an abstention first, then changed to an approval: one ballot, pressed state follows
	// each ballot's round trip ends (the status line confirms it) before the next click
	await row.getByRole('button', { name: `S’abstenir ${INDICATOR}` }).click();
	await expect(page.getByTestId('vote-status')).toHaveText(`Avis enregistré : S’abstenir « ${INDICATOR} ».`);
	await expect(row.getByRole('button', { name: `S’abstenir ${INDICATOR}` })).toHaveAttribute('aria-pressed', 'true');
	await expect(row.getByRole('cell').nth(2)).toHaveText('1');
	await row.getByRole('button', { name: `Approuver ${INDICATOR}` }).click();
	await expect(page.getByTestId('vote-status')).toHaveText(`Avis enregistré : Approuver « ${INDICATOR} ».`);
	await expect(row.getByRole('button', { name: `Approuver ${INDICATOR}` })).toHaveAttribute('aria-pressed', 'true');
	await expect(row.getByRole('cell').first()).toHaveText('1');
	await expect(row.getByRole('cell').nth(2)).toHaveText('0');
	await expectAccessible(page);
	// with its vote buttons the table scrolls inside its frame: the page itself never scrolls sideways at 360 px
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 720 });

	const evaluator = await personPage(browser, DEMO.evaluator);
	await evaluator.goto(page.url());
	await expect(
		evaluator
			.getByRole('row', { name: new RegExp(INDICATOR) })
			.getByRole('cell')
			.first()
	).toHaveText('1');
	await evaluator.getByRole('button', { name: 'Clore et valider les indicateurs approuvés' }).click();
	// closing is final: it asks first (in a dialog, or a second step when the click came before the scripts)
	await evaluator.getByRole('button', { name: 'Clore définitivement' }).click();
	await expect(evaluator.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('Validé par ce tour');
	// the member's page follows live, and the count is the engine's, with the rule that decided it
	await expect(page.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('Validé par ce tour');
	await evaluator.getByText(`Détail du dépouillement : ${INDICATOR}`).click();
	await expect(evaluator.getByTestId('vote-decision')).toContainText('Adopté');
	await expectAccessible(evaluator);
	await evaluator.getByRole('link', { name: INDICATOR }).click();
	await expect(evaluator.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
	await expect(evaluator.getByText('Validé', { exact: true })).toBeVisible();

	// the evidence page lists findings with what they rest on
	await evaluator.goto(page.url().replace(/\/approval$/, '/evidence'));
	await expect(evaluator.getByRole('heading', { level: 1, name: 'Entretiens et constats' })).toBeVisible();
	await expect(evaluator.getByText('Le fonds d’amorçage a atteint sa cible de 14 projets en 2019')).toBeVisible();
	await expect(evaluator.getByRole('link', { name: 'Projets financés par le fonds d’amorçage' }).first()).toBeVisible();
	await expectAccessible(evaluator);
	await evaluator.context().close();
});

test('the plan pages fit a 360 px wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.getByRole('link', { name: 'Heures d’insertion réalisées dans les marchés publics' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	// the chart fits the narrow screen, names its baseline and target in text, and marks each measured value
	const chart = page.getByRole('img', { name: /Heures d’insertion réalisées dans les marchés publics/ });
	await expect(chart).toBeVisible();
	expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(360);
	await expect(chart.locator('[data-ref="baseline"]')).toContainText('Référence');
	await expect(chart.locator('[data-ref="target"]')).toContainText('Cible');
	await expect(chart.locator('circle.point')).toHaveCount(await page.getByTestId('series-table').locator('tbody th[scope="row"]').count());
	await expectAccessible(page);
});
