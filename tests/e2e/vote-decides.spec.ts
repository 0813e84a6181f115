// A vote decides exactly what it names (issue #11 §1): the secretariat creates a vote on an item carrying three
// proposals, ticks one (the question is prefilled from it), enters paper ballots, closes the vote: only the ticked
// proposal is adopted; the result page says "Cette décision porte sur :" with a link to it, and the proposal's
// timeline links back to the vote.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, runSetup } from './fixtures';

type Setup = { plenaryId: number; itemId: number; proposalIds: number[]; titles: string[]; voterName: string; collegeName: string };

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

test('a vote changes only the proposal it names', async ({ page }) => {
	test.setTimeout(120_000);
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const s = runSetup<Setup>('vote-decides-setup.ts', [stamp, DEMO_PASSWORD]);
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const [first, named, third] = s.proposalIds;

	await login(page, DEMO.secretariat);
	await open(page, `${base}/votes/new?item=${s.itemId}`);
	const choices = page.getByRole('group', { name: 'Propositions décidées par ce vote' });
	await expect(choices.getByRole('checkbox')).toHaveCount(3);
	for (const box of await choices.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
	await choices.getByRole('checkbox', { name: new RegExp(`n° ${named} : `) }).check();
	const question = `Adopter la proposition n° ${named} « ${s.titles[1]} » ?`;
	await expect(page.getByLabel('Question soumise au vote')).toHaveValue(question);
	await page.getByLabel('Pondération').selectOption('none');
	await page.getByLabel('Quorum', { exact: true }).selectOption('none');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	const decides = page.getByTestId('vote-decides');
	await expect(decides).toContainText('Cette décision porte sur :');
	await expect(decides.getByRole('link')).toHaveCount(1);

	await open(page, `${base}/control`);
	const control = page.getByTestId('control-vote').filter({ hasText: question });
	await expect(control.getByTestId('vote-decides').getByRole('link')).toHaveText(`proposition n° ${named} : ${s.titles[1]}`);
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'open');

	// one paper ballot "Pour", counted in its member's college
	await control.getByRole('link', { name: 'Détails' }).click();
	await page.waitForLoadState('networkidle');
	const group = page.getByRole('group', { name: `Collège : ${s.collegeName}` });
	await group.getByLabel('Pour').fill('1');
	await page.getByRole('checkbox', { name: s.voterName }).check();
	await page.getByRole('button', { name: 'Enregistrer les bulletins papier' }).click();
	await expect(page.getByText('Bulletins papier enregistrés.')).toBeVisible();

	await open(page, `${base}/control`);
	await control.getByRole('button', { name: 'Clore le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'closed');

	await control.getByRole('link', { name: 'Détails' }).click();
	await expect(page.getByTestId('vote-decision')).toContainText('Adopté');
	await expect(page.getByTestId('vote-decides')).toContainText('Cette décision porte sur :');
	const link = page.getByTestId('vote-decides').getByRole('link', { name: `proposition n° ${named} : ${s.titles[1]}` });
	await expect(link).toHaveAttribute('href', `${DEMO_COUNCIL}/proposals/${named}`);
	await expect(page.getByTestId('vote-decides')).toContainText('Adoptée');
	await expect(page.getByTestId('vote-rules-words')).toContainText('Majorité');
	// the paper ballot sits in its member's college, not in a "no college" row
	await expect(page.getByTestId('result-colleges').getByRole('rowheader', { name: s.collegeName })).toBeVisible();
	await expectAccessible(page);

	// only the named proposal changed; its timeline links "par le vote n° …" to the result page
	await link.click();
	await expect(page.locator('.badge.state').first()).toHaveAttribute('data-state', 'adopted');
	const byVote = page.getByRole('link', { name: /^par le vote n° \d+$/ });
	await expect(byVote).toHaveAttribute('href', new RegExp(`^${base}/votes/\\d+$`));
	await expectAccessible(page);
	for (const other of [first, third]) {
		await open(page, `${DEMO_COUNCIL}/proposals/${other}`);
		await expect(page.locator('.badge.state').first()).toHaveAttribute('data-state', 'scheduled');
	}
});

test('the help page states the rules of votes in words, in French and in English', async ({ page }) => {
	await page.goto('/help/votes');
	await expect(page.getByRole('heading', { level: 1, name: 'Comment un vote est calculé' })).toBeVisible();
	const help = page.getByTestId('votes-help');
	await expect(help).toContainText('n − r points');
	await expect(help).toContainText('départagée par le nombre de premiers choix, puis par un tirage au sort');
	await expect(help).toContainText('(≥ 2/3)');
	await expect(help).toContainText('(> 50 %)');
	await expect(help).toContainText('les absents pèsent contre');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'How a vote is computed' })).toBeVisible();
	await expect(help).toContainText('a tie is broken by first preferences, then by a lot');
	await expectAccessible(page);
});
