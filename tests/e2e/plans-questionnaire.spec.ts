import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

test('a member answers the anonymous questionnaire once and the results update live for the evaluator', async ({ page, browser }) => {
	test.setTimeout(90_000);
	// the evaluator watches the results
	const evaluator = await personPage(browser, DEMO.evaluator);
	await evaluator.goto(`${DEMO_COUNCIL}/plans`);
	await evaluator.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await evaluator.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await expect(evaluator.getByRole('heading', { level: 1, name: 'Évaluation du PLDESS 2016-2020' })).toBeVisible();
	await expectAccessible(evaluator);
	await evaluator.getByRole('link', { name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' }).click();
	const count = evaluator.getByTestId('response-count');
	await expect(count).toHaveText(/^\d+ réponses?$/);
	const before = Number((await count.textContent())!.match(/\d+/)![0]);
	await expect(evaluator.getByRole('table', { name: 'Réponses à « Votre structure a-t-elle bénéficié d’un dispositif du plan ? »' })).toBeVisible();
	await expectAccessible(evaluator);

	// the member finds the questionnaire on the plan page and answers it
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Répondre au questionnaire « Questionnaire aux acteurs : bilan du PLDESS 2016-2020 »' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByText(/Questionnaire anonyme/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('group', { name: /Votre structure a-t-elle bénéficié/ }).getByLabel('Oui').check();
	await page.getByRole('group', { name: /satisfait du plan/ }).getByLabel('5', { exact: true }).check();
	await page.getByRole('group', { name: /Que faudrait-il changer/ }).getByRole('textbox').fill('Des permanences plus fréquentes dans les quartiers.');
	// a required question left out is refused next to it, and what was answered is kept
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	const principles = page.getByRole('group', { name: /Quels principes du plan/ });
	await expect(principles.getByText('Répondez à cette question.')).toBeVisible();
	await expect(page.getByRole('group', { name: /satisfait du plan/ }).getByLabel('5', { exact: true })).toBeChecked();
	await expectAccessible(page);
	await principles.getByLabel('Promotion et sensibilisation').check();
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	await expect(page.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
	await expect(page.getByTestId('response-count')).toHaveText(`${before + 1} ${before + 1 === 1 ? 'réponse' : 'réponses'}`);
	await expect(page.getByText('Des permanences plus fréquentes dans les quartiers.')).toBeVisible();
	await expectAccessible(page);

	// the evaluator's page followed, without a reload
	await expect(evaluator.getByTestId('response-count')).toHaveText(`${before + 1} ${before + 1 === 1 ? 'réponse' : 'réponses'}`);

	// one response per person
	await page.goto(page.url().replace(/\?.*$/, '') + '/answer');
	await expect(page.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toHaveCount(0);
	await evaluator.context().close();
});
