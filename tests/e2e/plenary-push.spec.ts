// Live plenary pages driven by pushed state (issue #15 §1): with the network to the server cut while a vote opens,
// the voting page says "reconnexion…", keeps its state, then shows the ballot once it is back (never the error page,
// no page data reload); a check-in at the door updates the quorum on another member's page with no page data request.
import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, runSetup } from './fixtures';

type Setup = { plenaryId: number; itemId: number; voterEmail: string; voterName: string };

const setup = () => runSetup<Setup>('plenary-setup.ts', [`${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, DEMO_PASSWORD]);
const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

/** Counts the page data loads (SvelteKit's __data.json) a page makes from now on. */
function dataLoads(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('__data.json')) seen.push(r.url());
	});
	return seen;
}

async function person(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

async function createVote(page: Page, base: string, itemId: number, question: string) {
	await open(page, `${base}/votes/new?item=${itemId}`);
	await page.getByLabel('Question soumise au vote').fill(question);
	await page.getByLabel('Quorum', { exact: true }).selectOption('none');
	await page.getByRole('button', { name: 'Créer le vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
}

test('a vote opened while the voting page is cut off: "reconnexion…", then the ballot, never the error page', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const s = setup();
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;
	const question = `Vote pendant la coupure ${s.plenaryId}`;
	await login(page, DEMO.secretariat);
	await createVote(page, base, s.itemId, question);

	// Karim's browser: its realtime connection goes through a route the test can cut, like the venue's Wi-Fi
	const context = await browser.newContext({ locale: 'fr-FR' });
	let cut = false;
	const sockets: WebSocketRoute[] = [];
	await context.routeWebSocket(/\/socket\.io\//, (ws) => {
		if (cut) return void ws.close();
		ws.connectToServer();
		sockets.push(ws);
	});
	const karim = await context.newPage();
	await login(karim, DEMO.member);
	await open(karim, base);
	await karim.getByRole('button', { name: 'Je suis dans la salle' }).click();
	await expect(karim.getByTestId('my-status')).toHaveText('Vous êtes pointé·e présent·e dans la salle.');
	await open(karim, `${base}/vote`);
	await expect(karim.getByTestId('no-open-vote')).toBeVisible();
	await expect(karim.getByTestId('live-reconnecting')).toHaveCount(0);
	const loads = dataLoads(karim);

	// the network goes: the page says so and keeps what it shows
	cut = true;
	await context.setOffline(true);
	for (const ws of sockets.splice(0)) await ws.close();
	await expect(karim.getByTestId('live-reconnecting')).toContainText('reconnexion…');
	await expect(karim.getByTestId('no-open-vote')).toBeVisible();

	// the vote opens meanwhile
	await open(page, `${base}/control`);
	const control = page.getByTestId('control-vote').filter({ hasText: question });
	await control.getByRole('button', { name: 'Ouvrir le vote' }).click();
	await expect(control).toHaveAttribute('data-state', 'open');
	await karim.waitForTimeout(3000);
	await expect(karim.getByTestId('live-reconnecting')).toBeVisible();
	await expect(karim.locator('#error-title')).toHaveCount(0);

	// the network comes back: the page catches up and shows the ballot
	cut = false;
	await context.setOffline(false);
	await expect(karim.getByRole('heading', { level: 2, name: question })).toBeVisible({ timeout: 20_000 });
	await expect(karim.getByTestId('live-reconnecting')).toHaveCount(0);
	await expect(karim.locator('#error-title')).toHaveCount(0);
	await expect(karim.getByRole('heading', { level: 1 })).toHaveText('Voter');
	expect(loads).toEqual([]);

	// and the member votes from it
	const own = karim.getByTestId('ballot-self');
	await own.getByRole('radio', { name: 'Pour' }).check();
	await own.getByRole('button', { name: 'Voter' }).click();
	await expect(own.getByTestId('ballot-state')).toContainText('Votre vote est enregistré');
	await expect(control.getByTestId('live-count')).toContainText(/^1 votes sur/);
	expect(loads).toEqual([]);
	await expectAccessible(karim);
	await context.close();
});

test('a door check-in updates the quorum on another member’s page without a page data request', async ({ page, browser }) => {
	test.setTimeout(90_000);
	const s = setup();
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;

	const claire = await person(browser, DEMO.chair);
	await open(claire, base);
	const quorum = claire.getByTestId('quorum');
	await expect(quorum).toContainText('présents ou représentés');
	const counted = async () => Number((await quorum.innerText()).match(/présents ou représentés : (\d+)/)![1]);
	const before = await counted();
	const claireLoads = dataLoads(claire);

	// the secretariat at the door: the list is searched on the server, one page at a time
	await login(page, DEMO.secretariat);
	await open(page, `${base}/attendance`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Présences');
	await page.getByLabel('Rechercher un membre').fill(s.voterName);
	await expect(page.getByTestId('door-row')).toHaveCount(1);
	await expectAccessible(page);
	const doorLoads = dataLoads(page);
	await page.getByRole('button', { name: `Pointer ${s.voterName} à distance` }).click();
	await expect(page.getByTestId('door-row')).toContainText('À distance');

	await expect(quorum).toContainText(`présents ou représentés : ${before + 1},`);
	expect(claireLoads).toEqual([]);
	// the operator's own page follows the same event: no reload there either
	expect(doorLoads).toEqual([]);
	await claire.context().close();
});
