// Evaluation stage 2 through a plenary vote: the secretariat submits a proposed indicator to a yes/no vote, a member
// sees on the voting screen what a "yes" validates and votes, the vote closes adopted and the indicator is validated
// with the vote as its reference (shown and linked on the indicator's page).
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, personPage, runSetup } from './fixtures';

type Setup = { plenaryId: number; itemId: number; itemTitle: string; voterEmail: string; planId: number; indicatorId: number; indicatorName: string };

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

test('a plenary vote validates the indicators it carries when adopted', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const s = runSetup<Setup>('plenary-setup.ts', [stamp, DEMO_PASSWORD, 'plan']);
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const question = `Validez-vous les indicateurs du plan ? ${s.plenaryId}`;

	await login(page, DEMO.secretariat);
	await open(page, `${base}/votes/new?item=${s.itemId}`);
	const choices = page.getByRole('group', { name: 'Indicateurs soumis à validation (étape 2 de l’évaluation)' });
	await expect(choices).toBeVisible();
	// only a yes/no vote validates indicators: the choice goes away for a choice vote and comes back
	await page.getByRole('radio', { name: 'Choix unique' }).check();
	await expect(choices).toHaveCount(0);
	await page.getByRole('radio', { name: 'Pour / contre / abstention' }).check();
	await choices.getByRole('checkbox', { name: new RegExp(s.indicatorName) }).check();
	await page.getByLabel('Question soumise au vote').fill(question);
	await page.getByLabel('Pondération').selectOption('none');
	await page.getByLabel('Quorum', { exact: true }).selectOption('none');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	const submitted = page.getByTestId('vote-indicators');
	await expect(submitted).toContainText('Si la proposition est adoptée, ce vote valide l’indicateur suivant');
	await expect(submitted.getByRole('listitem')).toHaveText(new RegExp(`${s.indicatorName}.*proposé, en attente du vote`));
	// the draft's edit form keeps the indicator ticked
	await expect(page.getByRole('checkbox', { name: new RegExp(s.indicatorName) })).toBeChecked();
	await expectAccessible(page);

	await open(page, `${base}/control`);
	const control = page.getByTestId('control-vote').filter({ hasText: question });
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'open');

	// A member checks in and sees, on the voting screen, what a "yes" validates.
	const voter = await personPage(browser, s.voterEmail);
	await open(voter, `${base}/vote`);
	await voter.getByTestId('not-checked-in').getByRole('link', { name: 'Pointer ma présence' }).click();
	await voter.waitForLoadState('networkidle');
	await voter.getByRole('button', { name: 'Je suis dans la salle' }).click();
	await expect(voter.getByRole('button', { name: 'Je suis dans la salle' })).toHaveCount(0);
	await open(voter, `${base}/vote`);
	const card = voter.getByTestId('open-vote').filter({ hasText: question });
	await expect(card.getByTestId('vote-indicators')).toContainText(s.indicatorName);
	const ballot = card.getByTestId('ballot-self');
	await ballot.getByRole('radio', { name: 'Pour' }).check();
	await ballot.getByRole('button', { name: 'Voter' }).click();
	await expect(ballot.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	await expectAccessible(voter);

	await expect(control.getByTestId('live-count')).toContainText(/^1 votes sur/);
	await control.getByRole('button', { name: 'Clore le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'closed');

	// The vote page names the indicator as validated by this vote; its page says so and links back to the vote.
	await control.getByRole('link', { name: 'Détails' }).click();
	await expect(page.getByTestId('vote-decision')).toContainText('Adopté');
	await expect(page.getByTestId('vote-indicators').getByRole('listitem')).toContainText('validé par ce vote');
	await page.getByTestId('vote-indicators').getByRole('link', { name: s.indicatorName }).click();
	await expect(page.getByRole('heading', { level: 1, name: s.indicatorName })).toBeVisible();
	await expect(page.getByText('Validé', { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(question.replace(/[?]/g, '\\?')) })).toHaveAttribute('href', new RegExp(`/sessions/${s.plenaryId}/votes/\\d+$`));
	await expectAccessible(page);
	await voter.context().close();
});
