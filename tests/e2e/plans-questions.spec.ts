import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, runSetup } from './fixtures';

type Setup = { path: string; title: string };
const labels = (page: Page) => page.locator('ol.questions > li > div > strong').allTextContents();

test('the evaluator reorders questions with the keyboard and edits one while nobody has answered', async ({ page }) => {
	test.setTimeout(90_000);
	const s = runSetup<Setup>('plans-questions-setup.ts', [Date.now().toString(36)]);
	await login(page, DEMO.evaluator);
	await page.goto(s.path);
	await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
	expect(await labels(page)).toEqual(['Connaissez-vous le fonds ?', 'Utilité du fonds', 'Vos remarques']);
	await expectAccessible(page);

	// move up with the keyboard: the order changes, the move is announced and the focus stays on the button
	const up = page.getByRole('button', { name: 'Monter « Vos remarques »' });
	await up.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('announce')).toHaveText('« Vos remarques » déplacée : position 2 sur 3.');
	await expect.poll(() => labels(page)).toEqual(['Connaissez-vous le fonds ?', 'Vos remarques', 'Utilité du fonds']);
	await expect(up).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('announce')).toHaveText('« Vos remarques » déplacée : position 1 sur 3.');
	// at the top "up" is disabled: the focus moves to "down" of the same question
	await expect(up).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Descendre « Vos remarques »' })).toBeFocused();

	// edit a question: text and options
	await page.getByText('Modifier « Connaissez-vous le fonds ? »').click();
	const first = page.locator('li', { has: page.getByText('Modifier « Connaissez-vous le fonds ? »') });
	await first.getByLabel('Intitulé').fill('Connaissez-vous le fonds d’amorçage ?');
	await first.getByLabel('Choix proposés').fill('Oui\nNon\nJe ne sais pas');
	await first.getByRole('button', { name: 'Enregistrer la question' }).click();
	await expect(page.getByTestId('announce')).toHaveText('Question « Connaissez-vous le fonds d’amorçage ? » enregistrée.');
	await expect(page.getByText('Oui / Non / Je ne sais pas')).toBeVisible();
	expect(await labels(page)).toEqual(['Vos remarques', 'Connaissez-vous le fonds d’amorçage ?', 'Utilité du fonds']);

	// a choice question with one option is refused next to the options, the focus on them
	const scale = page.locator('li', { has: page.getByText('Modifier « Utilité du fonds »') });
	await page.getByText('Modifier « Utilité du fonds »').click();
	await scale.getByLabel('Type de question').selectOption({ label: 'Choix unique' });
	await scale.getByLabel('Choix proposés').fill('Seule');
	await scale.getByRole('button', { name: 'Enregistrer la question' }).click();
	await expect(scale.getByText('Donnez au moins deux choix, un par ligne.')).toBeVisible();
	await expect(scale.getByLabel('Choix proposés')).toBeFocused();
	await expect(scale.getByLabel('Choix proposés')).toHaveAttribute('aria-invalid', 'true');
	expect(await labels(page)).toEqual(['Vos remarques', 'Connaissez-vous le fonds d’amorçage ?', 'Utilité du fonds']);
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the move buttons and the edit form work as plain forms', async ({ page }) => {
		test.setTimeout(60_000);
		const s = runSetup<Setup>('plans-questions-setup.ts', [`nojs-${Date.now().toString(36)}`]);
		await login(page, DEMO.evaluator);
		await page.goto(s.path);
		await page.getByRole('button', { name: 'Descendre « Connaissez-vous le fonds ? »' }).click();
		await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
		expect(await labels(page)).toEqual(['Utilité du fonds', 'Connaissez-vous le fonds ?', 'Vos remarques']);
		const item = page.locator('li', { has: page.getByText('Modifier « Vos remarques »') });
		await page.getByText('Modifier « Vos remarques »').click();
		await item.getByLabel('Intitulé').fill('Vos remarques sur le fonds');
		await item.getByRole('button', { name: 'Enregistrer la question' }).click();
		await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
		expect(await labels(page)).toEqual(['Utilité du fonds', 'Connaissez-vous le fonds ?', 'Vos remarques sur le fonds']);
	});
});

test('an observer is not offered a questionnaire addressed to the members, and is told why', async ({ page }) => {
	test.setTimeout(60_000);
	await login(page, DEMO.observer);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Répondre au questionnaire/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await page.getByRole('link', { name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Répondre au questionnaire', exact: true })).toHaveCount(0);
	// the answer page, reached by its address, says to whom the questionnaire is addressed and offers no form
	await page.goto(page.url().replace(/\?.*$/, '') + '/answer');
	await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByTestId('not-addressed')).toContainText('Ce questionnaire est adressé aux membres du conseil, et vous n’en faites pas partie');
	await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toHaveCount(0);
	await expectAccessible(page);
});
