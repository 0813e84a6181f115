// Live plenary: the secretariat creates a vote and opens it on the control screen; three members in three browser
// contexts check in and vote (one also for a proxy, one with the keyboard alone); the projector and control screens
// follow live; closing shows the same result on every screen. The plenary, its agenda, a third voting member and
// the proxy are set up through the services (plenary-setup.ts) on the e2e server's database.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, runSetup } from './fixtures';

type Setup = { plenaryId: number; itemId: number; item2Id: number; item3Id: number; itemTitle: string; item2Title: string; voterEmail: string; voterName: string; giverName: string };

function setup(): Setup {
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	return runSetup<Setup>('plenary-setup.ts', [stamp, DEMO_PASSWORD]);
}

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

async function person(browser: import('@playwright/test').Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

/** From the voting screen: the "not checked in" notice leads to the overview, where the member checks in. */
async function checkIn(page: Page, voteUrl: string) {
	await open(page, voteUrl);
	const notice = page.getByTestId('not-checked-in');
	await expect(notice).toBeVisible();
	await notice.getByRole('link', { name: 'Pointer ma présence' }).click();
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Je suis dans la salle' }).click();
	await expect(page.getByRole('button', { name: 'Je suis dans la salle' })).toHaveCount(0);
	await open(page, voteUrl);
	await expect(page.getByTestId('not-checked-in')).toHaveCount(0);
}

test('a live vote: open, cast by three members and a proxy, live counts, same result everywhere', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const s = setup();
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const question = `Adoptez-vous le rapport d’activité ? ${s.plenaryId}`;

	// The secretariat creates the vote on the agenda item: council defaults (college weighting), no quorum.
	await login(page, DEMO.secretariat);
	await open(page, `${base}/votes/new?item=${s.itemId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouveau vote');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.locator('#f-question-error')).toBeVisible();
	await expect(page.getByLabel('Question soumise au vote')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Question soumise au vote').fill(question);
	await page.getByLabel('Quorum', { exact: true }).selectOption('none');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	await expect(page.getByTestId('vote-state')).toHaveText('Brouillon');

	// Control screen: current item, then open the vote with a timer.
	await open(page, `${base}/control`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pilotage de la séance');
	await page.getByLabel('Point suivi par tous les écrans').selectOption({ label: `1. ${s.itemTitle}` });
	await page.getByRole('button', { name: 'Définir le point en cours' }).click();
	await expect(page.getByTestId('control-current-item')).toHaveText(s.itemTitle);
	const control = page.getByTestId('control-vote').filter({ hasText: question });
	await control.getByLabel('Minuterie en secondes (facultatif)').fill('900');
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'open');
	await expect(control.getByTestId('live-count')).toContainText(/^0 votes sur \d+ ayant droit/);
	await expect(control.getByTestId('countdown')).toContainText('Temps restant');
	await expect(page.getByTestId('control-attendance')).toContainText('0 présents, 0 représentés');
	await expectAccessible(page);

	// The projector, on another screen of the secretariat.
	const projector = await page.context().newPage();
	await open(projector, `${base}/projector`);
	await expect(projector.getByTestId('projector-item')).toHaveText(s.itemTitle);
	await expect(projector.getByTestId('projector-vote')).toContainText(question);
	await expect(projector.getByTestId('live-count')).toContainText(/^0 votes sur/);
	await expect(projector.getByRole('button', { name: 'Plein écran' })).toBeVisible();
	await expectAccessible(projector);

	// Three members check in from the voting screen; the control screen's attendance follows live.
	const claire = await person(browser, DEMO.chair);
	const karim = await person(browser, DEMO.member);
	const valerie = await person(browser, s.voterEmail);
	for (const p of [claire, karim, valerie]) await checkIn(p, `${base}/vote`);
	await expect(page.getByTestId('control-attendance')).toContainText('3 présents, 1 représentés');

	// Claire votes yes with the mouse.
	await expect(claire.getByText(s.itemTitle).first()).toBeVisible(); // the plenary header shows the current item
	await expect(claire.getByRole('heading', { level: 2, name: question })).toBeVisible();
	const claireBallot = claire.getByTestId('ballot-self');
	await expect(claireBallot.getByRole('group', { name: 'Votre vote' })).toBeVisible();
	await claireBallot.getByRole('radio', { name: 'Pour' }).check();
	await claireBallot.getByRole('button', { name: 'Voter' }).click();
	await expect(claireBallot.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	await expect(control.getByTestId('live-count')).toContainText(/^1 votes sur/);
	await expect(projector.getByTestId('live-count')).toContainText(/^1 votes sur/);
	await expectAccessible(claire);

	// Karim votes no for himself and yes for the member whose proxy he holds.
	const own = karim.getByTestId('ballot-self');
	await own.getByRole('radio', { name: 'Contre' }).check();
	await own.getByRole('button', { name: 'Voter' }).click();
	await expect(own.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	const proxy = karim.locator('form.ballot').filter({ has: karim.getByRole('group', { name: `Vote pour ${s.giverName} (procuration)` }) });
	await proxy.getByRole('radio', { name: 'Pour' }).check();
	await proxy.getByRole('button', { name: 'Voter' }).click();
	await expect(proxy.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	await expect(control.getByTestId('live-count')).toContainText(/^3 votes sur/);
	await expect(projector.getByTestId('live-count')).toContainText(/^3 votes sur/);
	// The projector shows no running tally of a vote in progress.
	await expect(projector.getByTestId('vote-result')).toHaveCount(0);

	// After a reload, the recorded state comes back from the server, with the named choice.
	await open(karim, `${base}/vote`);
	await expect(karim.getByTestId('ballot-self').getByTestId('ballot-state')).toContainText('Votre vote est enregistré : Contre.');
	await expect(proxy.getByTestId('ballot-state')).toContainText('Votre vote est enregistré : Pour.');

	// Valérie votes with the keyboard alone: Tab to the first option, arrows to "Abstention", Tab to the button, Enter.
	const first = valerie.getByTestId('ballot-self').getByRole('radio', { name: 'Pour' });
	for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) await valerie.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await valerie.keyboard.press('ArrowDown');
	await valerie.keyboard.press('ArrowDown');
	await expect(valerie.getByRole('radio', { name: 'Abstention' })).toBeChecked();
	await valerie.keyboard.press('Tab');
	await expect(valerie.getByRole('button', { name: 'Voter' })).toBeFocused();
	await valerie.keyboard.press('Enter');
	await expect(valerie.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	// the keyboard stays on the ballot: the focus comes back to its button once the ballot is recorded
	await expect(valerie.getByTestId('ballot-self').getByRole('button', { name: 'Modifier mon vote' })).toBeFocused();
	await expect(control.getByTestId('live-count')).toContainText(/^4 votes sur/);
	await expect(projector.getByTestId('live-count')).toContainText(/^4 votes sur/);

	// Closing, then publishing (until then the result is the secretariat's): every screen shows the same result at once.
	await control.getByRole('button', { name: 'Clore le vote' }).click();
	await expect(control.getByTestId('vote-decision')).toContainText('Adopté');
	await control.getByRole('button', { name: 'Publier le résultat' }).click();
	for (const screen of [page, projector, claire, karim, valerie]) {
		const result = screen.getByTestId('vote-result');
		await expect(result).toBeVisible();
		await expect(result.getByTestId('vote-decision')).toContainText('Adopté');
		const table = result.getByTestId('result-table');
		await expect(table.getByRole('row', { name: /^Pour/ })).toContainText('2');
		await expect(table.getByRole('row', { name: /^Contre/ })).toContainText('1');
		await expect(table.getByRole('row', { name: /^Abstention/ })).toContainText('1');
		await expect(result.getByTestId('result-colleges')).toContainText('Collectivités locales');
	}
	await expect(projector.getByTestId('projector-result')).toContainText(question);
	await expect(claire.getByTestId('no-open-vote')).toBeVisible();
	for (const member of [claire, karim, valerie]) await expect(member.getByTestId('vote-announcer')).toHaveText(`Vote clos — ${question} : Adopté`);
	await expectAccessible(projector);
	await expectAccessible(page);
	await expectAccessible(valerie);

	for (const p of [claire, karim, valerie]) await p.context().close();
});

test('a secret vote changed from the same device, a ballot without JavaScript, paper ballots, publication; drafts edited and deleted', async ({ page, browser }) => {
	test.setTimeout(150_000);
	const s = setup();
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const question = `Vote secret ${s.plenaryId}`;
	await login(page, DEMO.secretariat);

	// Errors sit next to their field; a draft is edited, another one deleted.
	await open(page, `${base}/votes/new?item=${s.item2Id}`);
	await page.getByLabel('Question soumise au vote').fill('Brouillon');
	await page.getByRole('radio', { name: 'Choix unique' }).check();
	await page.getByLabel('Options (une par ligne)').fill('Une seule option');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.locator('#f-options-error')).toBeVisible();
	await expect(page.getByLabel('Options (une par ligne)')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await page.getByLabel('Options (une par ligne)').fill('Option A\nOption B');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brouillon');
	await page.getByRole('button', { name: 'Supprimer ce brouillon' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pilotage de la séance');
	await expect(page.getByTestId('control-vote')).toHaveCount(0);

	await open(page, `${base}/votes/new?item=${s.itemId}`);
	await page.getByLabel('Question soumise au vote').fill(`${question} (brouillon)`);
	await page.getByRole('radio', { name: 'Secret' }).check();
	await page.getByLabel('Pondération').selectOption('none');
	await page.getByLabel('Quorum', { exact: true }).selectOption('none');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${question} (brouillon)`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Question soumise au vote').fill(question);
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Vote enregistré.' })).toBeVisible();
	await open(page, page.url());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	await expect(page.getByRole('definition').filter({ hasText: /^Secret$/ })).toBeVisible();

	await open(page, `${base}/control`);
	const control = page.getByTestId('control-vote').filter({ hasText: question });
	await control.getByLabel('Minuterie en secondes (facultatif)').fill('0');
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control.locator('.error')).toContainText('entre 1 et 86 400');
	await control.getByLabel('Minuterie en secondes (facultatif)').fill('');
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'open');
	// no "not voted yet" list for a secret vote
	await expect(control.getByTestId('not-voted')).toHaveCount(0);

	// Karim votes, then changes his secret ballot from the same device; the state survives a reload.
	const karim = await person(browser, DEMO.member);
	await checkIn(karim, `${base}/vote`);
	const own = karim.getByTestId('ballot-self');
	await own.getByRole('radio', { name: 'Pour' }).check();
	await own.getByRole('button', { name: 'Voter' }).click();
	await expect(own.getByTestId('ballot-state')).toContainText('Votre vote est enregistré.');
	await expect(own.getByRole('button', { name: 'Modifier mon vote' })).toBeVisible();
	await own.getByRole('radio', { name: 'Contre' }).check();
	await own.getByRole('button', { name: 'Modifier mon vote' }).click();
	await expect(own.getByTestId('ballot-state')).toContainText('Votre vote est enregistré (modifié).');
	await open(karim, `${base}/vote`);
	await expect(own.getByTestId('ballot-state')).toContainText('Votre vote est enregistré.');
	await expect(own.getByRole('button', { name: 'Modifier mon vote' })).toBeEnabled();
	await expect(control.getByTestId('live-count')).toContainText(/^1 votes sur/);

	// Without JavaScript, the voting screen still works (the form posts to the page's action).
	const noJs = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false });
	const valerie = await noJs.newPage();
	await login(valerie, s.voterEmail);
	await valerie.goto(`${base}/vote`);
	await valerie.getByRole('link', { name: 'Pointer ma présence' }).click();
	await valerie.getByRole('button', { name: 'Je suis dans la salle' }).click();
	await valerie.goto(`${base}/vote`);
	const hers = valerie.getByTestId('ballot-self');
	await hers.getByRole('radio', { name: 'Abstention' }).check();
	await hers.getByRole('button', { name: 'Voter' }).click();
	await expect(valerie.getByTestId('ballot-self').getByTestId('ballot-state')).toContainText('Votre vote est enregistré.');
	await expect(control.getByTestId('live-count')).toContainText(/^2 votes sur/);
	await noJs.close();

	// Paper ballots: one "Pour" by Claire Weber, who then cannot vote online; counted in her college (issue #11 §3).
	await control.getByRole('link', { name: 'Saisir les bulletins papier' }).click();
	await page.waitForLoadState('networkidle');
	const paper = page.locator('form#paper');
	const hersOnPaper = paper.getByRole('group', { name: 'Collège : Collectivités locales' });
	await hersOnPaper.getByLabel('Pour', { exact: true }).fill('2');
	await paper.getByRole('checkbox', { name: 'Claire Weber' }).check();
	await paper.getByRole('button', { name: 'Enregistrer les bulletins papier' }).click();
	await expect(paper.locator('#paper-error')).toBeVisible();
	await hersOnPaper.getByLabel('Pour', { exact: true }).fill('1');
	await paper.getByRole('button', { name: 'Enregistrer les bulletins papier' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Bulletins papier enregistrés.' })).toBeVisible();
	await expect(page.getByTestId('live-count')).toContainText(/^3 votes sur/);
	await expectAccessible(page);
	const claire = await person(browser, DEMO.chair);
	await open(claire, `${base}/vote`);
	await expect(claire.getByTestId('ballot-self').getByTestId('ballot-state')).toContainText('exprimé sur papier');

	// Close, then publish: 1 yes (paper), 1 no and 1 abstention is not an absolute majority.
	await open(page, `${base}/control`);
	await control.getByRole('button', { name: 'Clore le vote' }).click();
	await expect(control.getByTestId('vote-decision')).toContainText('Rejeté');
	// a closed vote's result is the secretariat's until it is published
	await expect(karim.getByTestId('vote-decision')).toHaveCount(0);
	// one paper ballot is a group under the minimum size of a secret vote: it is counted, but not shown apart
	await expect(control.getByTestId('result-table').getByRole('row', { name: /^Pour/ })).toContainText('1');
	await expect(control.getByTestId('result-table').getByRole('row', { name: /^Pour/ })).not.toContainText('papier');
	await expect(control.getByTestId('result-paper-masked')).toBeVisible();
	await control.getByRole('button', { name: 'Publier le résultat' }).click();
	await expect(control).toHaveAttribute('data-state', 'published');
	await expect(karim.getByTestId('vote-decision')).toContainText('Rejeté');
	for (const p of [karim, claire]) await p.context().close();
});

test.describe('at 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 800 } });

	test('a ranked choice of annual themes: themes as options, ranks chosen per option, Borda result', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const s = setup();
		const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
		await login(page, DEMO.secretariat);
		await open(page, `${base}/votes/new?item=${s.item3Id}`);
		await expect(page.getByRole('radio', { name: 'Classement (méthode Borda)' })).toBeChecked();
		const themes = page.getByRole('group', { name: 'Thématiques proposées' }).getByRole('checkbox');
		expect(await themes.count()).toBeGreaterThanOrEqual(3);
		const names = (await themes.evaluateAll((els) => els.map((el) => el.parentElement!.textContent!.trim()))).slice(0, 3);
		// offer only the first three themes
		for (let i = 3; i < (await themes.count()); i++) await themes.nth(i).uncheck();
		await page.getByLabel('Question soumise au vote').fill(`Thématiques ${s.plenaryId}`);
		await page.getByLabel('Nombre d’options retenues').fill('2');
		await page.getByLabel('Pondération').selectOption('none');
		await page.getByLabel('Quorum', { exact: true }).selectOption('none');
		await page.getByRole('button', { name: 'Créer le vote' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Thématiques ${s.plenaryId}`);

		// Karim waits on his voting screen: the opening reaches it live, and is announced to screen readers.
		const karim = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 800 } }).then((c) => c.newPage());
		await login(karim, DEMO.member);
		await checkIn(karim, `${base}/vote`);
		await expect(karim.getByTestId('no-open-vote')).toBeVisible();
		await expect(karim.getByTestId('vote-announcer')).toHaveText('');

		await open(page, `${base}/control`);
		await page.getByRole('button', { name: 'Ouvrir le vote' }).click();
		await expect(page.getByTestId('control-vote')).toHaveAttribute('data-state', 'open');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

		await expect(karim.getByTestId('vote-announcer')).toHaveText(`Vote ouvert : Thématiques ${s.plenaryId}`);
		await expect(karim.getByTestId('vote-announcer')).toHaveAttribute('role', 'status');
		const ballot = karim.getByTestId('ballot-self');
		await ballot.getByLabel(`Rang de « ${names[2]} »`).selectOption('1');
		await ballot.getByLabel(`Rang de « ${names[0]} »`).selectOption('2');
		await expect(ballot.getByTestId('ranking-summary')).toHaveText(`Votre classement : 1. ${names[2]}, 2. ${names[0]}`);
		await ballot.getByLabel(`Rang de « ${names[1]} »`).selectOption('2');
		await ballot.getByRole('button', { name: 'Voter' }).click();
		await expect(ballot.getByRole('alert')).toContainText('même rang');
		await ballot.getByLabel(`Rang de « ${names[1]} »`).selectOption('');
		await ballot.getByRole('button', { name: 'Voter' }).click();
		await expect(ballot.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
		expect(await karim.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await expectAccessible(karim);

		await page.getByRole('button', { name: 'Clore le vote' }).click();
		await page.getByRole('button', { name: 'Publier le résultat' }).click();
		const result = karim.getByTestId('vote-result');
		await expect(result.getByTestId('vote-decision')).toContainText('Élu');
		await expect(result.getByTestId('vote-decision')).toContainText(`${names[2]}, ${names[0]}`);
		await expect(result.getByTestId('result-table').getByRole('row', { name: new RegExp(`^${names[2]}`) })).toContainText('2');
		await expect(karim.getByTestId('vote-announcer')).toHaveText(`Vote clos — Thématiques ${s.plenaryId} : Élu`);
		expect(await karim.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// the result tables scroll sideways at 360 px: each one is a named region that the keyboard can reach
		for (const name of ['Résultat par option', 'Détail par collège']) {
			const region = result.getByRole('region', { name });
			await expect(region).toHaveAttribute('tabindex', '0');
			await region.focus();
			await expect(region).toBeFocused();
		}
		await expectAccessible(karim);
		await karim.context().close();
	});
});
