// Issue #11 §2 and §4 in the browser: a member votes and keeps their receipt, the result stays the secretariat's
// until published, the member finds the receipt on the published result page, the verifier page recomputes the
// result and says "Conforme"; a published secret vote weighted by college shows no breakdown for its 1-person
// college. The plenary, votes and the second council are set up through the services (plenary-secret-setup.ts).
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, runSetup } from './fixtures';

type Setup = { plenaryId: number; voteId: number; question: string; voterEmail: string; secretSlug: string; secretPlenaryId: number; secretVoteId: number; soloCollege: string; bigCollege: string };

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

test('a member keeps the receipt of their ballot and finds it in the published, verified result', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const s = runSetup<Setup>('plenary-secret-setup.ts', [`${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, DEMO_PASSWORD]);
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const votePage = `${base}/votes/${s.voteId}`;

	// the member votes on the voting screen and gets a receipt, still shown after a reload
	const context = await browser.newContext({ locale: 'fr-FR' });
	const member = await context.newPage();
	await login(member, s.voterEmail);
	await open(member, `${base}/vote`);
	const ballot = member.getByTestId('ballot-self');
	await ballot.getByLabel('Pour').check();
	await ballot.getByRole('button', { name: 'Voter' }).click();
	// over the socket the card shows it; without JavaScript yet, the page's confirmation does
	await expect(member.getByTestId('receipt-code').first()).toHaveText(/^[0-9a-f]{12}$/);
	const receipt = (await member.getByTestId('receipt-code').first().textContent())!.trim();
	await member.reload({ waitUntil: 'networkidle' });
	await expect(member.getByTestId('ballot-self').getByTestId('receipt-code')).toHaveText(receipt);

	// the secretariat closes the vote: the result and the log's final hash show on the control screen...
	await login(page, DEMO.secretariat);
	await open(page, `${base}/control`);
	const card = page.locator('article', { hasText: s.question });
	await card.getByRole('button', { name: 'Clore le vote' }).click();
	await expect(card.getByTestId('vote-result')).toBeVisible();
	await expect(card.getByTestId('chain-head')).toContainText(/[0-9a-f]{64}/);
	// ...but nowhere for the member until it is published
	await open(member, votePage);
	await expect(member.getByTestId('vote-result')).toHaveCount(0);
	await open(member, `${base}/vote`);
	await expect(member.getByTestId('last-result')).toHaveCount(0);
	expect((await member.request.get(`${votePage}/result.json`)).status()).toBe(404);
	expect((await member.request.get(`${votePage}/tally.json`)).status()).toBe(404);

	await card.getByRole('button', { name: 'Publier le résultat' }).click();
	await expect(card.getByRole('button', { name: 'Publier le résultat' })).toHaveCount(0);

	// the member checks the receipt on the published result page
	await open(member, votePage);
	await expect(member.getByTestId('vote-result')).toBeVisible();
	await member.getByLabel('Code du reçu').fill(receipt);
	await member.getByRole('button', { name: 'Vérifier', exact: true }).click();
	await expect(member.getByTestId('receipt-check-result')).toContainText('Votre reçu figure au journal publié');
	await expect(member.getByTestId('receipt-check-result')).toContainText('ce bulletin est compté');
	await expectAccessible(member);
	await member.getByLabel('Code du reçu').fill('0123456789ab');
	await member.getByRole('button', { name: 'Vérifier', exact: true }).click();
	await expect(member.getByTestId('receipt-check-result')).toHaveText('Aucune entrée du journal publié ne porte ce reçu.');

	// the verifier page recomputes the published tally file in the browser
	await member.getByTestId('verify-link').click();
	await expect(member.getByRole('heading', { level: 1 })).toHaveText('Vérifier ce résultat');
	await expect(member.getByTestId('verify-verdict')).toHaveText('Conforme');
	await expectAccessible(member);
	// a tampered copy chosen by the reader fails
	const file = await (await member.request.get(`${votePage}/tally.json`)).json();
	file.ballots[0].choice = ['no'];
	await member.getByLabel('Fichier tally.json').setInputFiles({ name: 'tally.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(member.getByTestId('verify-verdict')).toHaveText('Non conforme');
	await expect(member.getByTestId('verify-problems')).toContainText('Bulletin');
	await context.close();
});

test('a published secret vote shows no breakdown for a 1-person college, and verifies', async ({ page }) => {
	test.setTimeout(90_000);
	const s = runSetup<Setup>('plenary-secret-setup.ts', [`${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, DEMO_PASSWORD]);
	const votePage = `/c/${s.secretSlug}/sessions/${s.secretPlenaryId}/votes/${s.secretVoteId}`;
	await login(page, DEMO.secretariat);
	await open(page, votePage);
	const colleges = page.getByTestId('result-colleges');
	await expect(colleges).toBeVisible();
	const solo = colleges.getByRole('row', { name: new RegExp(s.soloCollege) });
	await expect(solo).toContainText('détail masqué : moins de 5 votants');
	await expect(solo).toContainText('a pris part');
	await expect(solo).not.toContainText('%');
	await expect(colleges.getByRole('row', { name: new RegExp(s.bigCollege) })).toContainText('%');
	const json = await (await page.request.get(`${votePage}/result.json`)).json();
	expect(JSON.stringify(json.result.colleges)).not.toContain(s.soloCollege);
	const csv = await (await page.request.get(`${votePage}/result.csv`)).text();
	expect(csv.split('\n').filter((l) => l.includes(s.soloCollege))).toEqual([expect.stringContaining('masked')]);
	await expectAccessible(page);
	await page.getByTestId('verify-link').click();
	await expect(page.getByTestId('verify-verdict')).toHaveText('Conforme');
});
