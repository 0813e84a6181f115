// The list of speakers, live: two members ask to speak from their phones, the chair reorders the queue with the
// keyboard and by dragging, gives them the floor in turn (a third member raises a point of order meanwhile), and
// another member's page and the projector (1920 × 1080) follow without a reload. The plenary, its current item and
// three checked-in members are set up through the services (speakers-setup.ts).
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, expectAccessible, login, runSetup } from './fixtures';

type Person = { email: string; name: string; membershipId: number };
type Setup = { plenaryId: number; itemId: number; itemTitle: string; people: [Person, Person, Person] };

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

/** Script errors of every page of the test: a list that loops or breaks shows here. */
const pageErrors: string[] = [];
const watch = (page: Page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));

async function person(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR', ...(viewport ? { viewport } : {}) });
	const page = await context.newPage();
	watch(page);
	await login(page, email);
	return page;
}

/** Marks the page so that a reload (which would clear the mark) is noticed. */
const markLoaded = (page: Page) => page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const stillLoaded = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

test('two members ask to speak, the chair reorders and starts them, every screen follows live', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const s = runSetup<Setup>('speakers-setup.ts', [stamp, DEMO_PASSWORD]);
	const [alba, bruno, chloe] = s.people;
	const base = `${DEMO_COUNCIL}/sessions/${s.plenaryId}`;

	// The chair runs the list from the speakers tab; the projector shows on a 1920 × 1080 screen.
	watch(page);
	await login(page, DEMO.chair);
	await open(page, `${base}/speakers`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liste des orateurs');
	const list = page.getByTestId('speakers');
	await expect(list).toContainText(`Point : ${s.itemTitle}`);
	await expect(list.getByTestId('speaker-queue-empty')).toBeVisible();
	await list.getByText('Comment la file est ordonnée').click();
	await expect(list.getByTestId('speaker-rules')).toContainText('Une motion d’ordre passe en tête de la file');
	await markLoaded(page);

	const projector = await page.context().newPage();
	watch(projector);
	await projector.setViewportSize({ width: 1920, height: 1080 });
	await open(projector, `${base}/projector`);
	await expect(projector.getByTestId('projector-item')).toHaveText(s.itemTitle);
	await markLoaded(projector);

	// Chloé follows the plenary's page on her laptop.
	const chloePage = await person(browser, chloe.email);
	await open(chloePage, base);
	await expect(chloePage.getByTestId('current-speaker')).toHaveText('Personne n’a la parole.');
	await markLoaded(chloePage);

	// Alba and Bruno ask from their phones (the voting screen), and see their place.
	const phone = { width: 360, height: 740 };
	const albaPage = await person(browser, alba.email, phone);
	await open(albaPage, `${base}/vote`);
	await albaPage.getByRole('button', { name: 'Demander la parole' }).click();
	await expect(albaPage.getByTestId('my-place')).toHaveText('Votre place dans la file : 1 sur 1.');
	const brunoPage = await person(browser, bruno.email, phone);
	await open(brunoPage, `${base}/vote`);
	await brunoPage.getByRole('button', { name: 'Demander la parole' }).click();
	await expect(brunoPage.getByTestId('my-place')).toHaveText('Votre place dans la file : 2 sur 2.');
	await expectAccessible(brunoPage);

	// The chair's queue follows live.
	const names = list.getByTestId('speaker-entry').locator('.name');
	await expect(names).toHaveText([alba.name, bruno.name]);

	// Keyboard: "Descendre" on Alba moves her down; the focus stays on her entry; her phone shows her new place.
	await list.getByRole('button', { name: `Descendre ${alba.name}` }).focus();
	await page.keyboard.press('Enter');
	await expect(names).toHaveText([bruno.name, alba.name]);
	await expect(list.getByRole('button', { name: `Monter ${alba.name}` })).toBeFocused();
	await expect(albaPage.getByTestId('my-place')).toHaveText('Votre place dans la file : 2 sur 2.');

	// Mouse: drag Alba by her handle above Bruno.
	const handle = list.getByTestId('drag-handle').nth(1);
	const from = (await handle.boundingBox())!;
	const target = (await list.getByTestId('speaker-entry').first().boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, target.y + 4, { steps: 8 });
	await page.mouse.up();
	await expect(names).toHaveText([alba.name, bruno.name]);
	await expect(albaPage.getByTestId('my-place')).toHaveText('Votre place dans la file : 1 sur 2.');

	// Keyboard again: Bruno goes back up, then the chair gives him the floor.
	await list.getByRole('button', { name: `Monter ${bruno.name}` }).focus();
	await page.keyboard.press('Enter');
	await expect(names).toHaveText([bruno.name, alba.name]);
	await expectAccessible(page);
	await list
		.getByTestId('speaker-controls')
		.getByRole('button', { name: `Donner la parole à ${bruno.name}` })
		.click();
	await expect(list.getByTestId('current-speaker')).toContainText(bruno.name);
	await expect(list.getByTestId('speaker-timer')).toContainText('Temps restant');

	// Chloé's page and the projector follow without a reload: the speaker, the time left and the next three.
	await expect(chloePage.getByTestId('current-speaker')).toContainText(`À la parole : ${bruno.name}`);
	await expect(chloePage.getByTestId('speaker-entry').locator('.name')).toHaveText([alba.name]);
	await expect(projector.getByTestId('projector-speaker')).toHaveText(bruno.name);
	await expect(projector.getByTestId('speaker-timer')).toContainText(/Temps restant\s*[23]:\d\d/);
	await expect(projector.getByTestId('projector-next').getByRole('listitem')).toHaveText([alba.name]);
	await expect(projector.getByTestId('speaker-timer')).toContainText(/2:[45]\d/); // it ticks
	await expect(brunoPage.getByTestId('my-place')).toHaveCount(0);

	// Chloé raises a point of order: it goes before Alba, on every screen.
	await chloePage.getByRole('button', { name: 'Motion d’ordre' }).click();
	await expect(chloePage.getByTestId('my-place')).toHaveText('Votre place dans la file : 1 sur 2.');
	await expect(names).toHaveText([chloe.name, alba.name]);
	await expect(projector.getByTestId('projector-next').getByRole('listitem')).toHaveText([`${chloe.name} Motion d’ordre`, alba.name]);

	// The projector fits its 1920 × 1080 screen: the speaker and the queue are within the first screen.
	const box = (await projector.getByTestId('projector-speakers').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(1080);
	await expectAccessible(projector);

	// Next: Chloé, then Alba; then the chair stops.
	const controls = list.getByTestId('speaker-controls');
	await controls.getByRole('button', { name: `Donner la parole à ${chloe.name}` }).click();
	await expect(projector.getByTestId('projector-speaker')).toContainText(chloe.name);
	await controls.getByRole('button', { name: `Donner la parole à ${alba.name}` }).click();
	await expect(projector.getByTestId('projector-speaker')).toHaveText(alba.name);
	await expect(projector.getByTestId('projector-next')).toHaveCount(0);
	await expect(chloePage.getByTestId('current-speaker')).toContainText(alba.name);
	await controls.getByRole('button', { name: 'Arrêter l’orateur' }).click();
	await expect(chloePage.getByTestId('current-speaker')).toHaveText('Personne n’a la parole.');
	await expect(projector.getByText('Personne n’a la parole.')).toBeVisible();
	await expectAccessible(chloePage);

	for (const p of [page, projector, chloePage]) expect(await stillLoaded(p), 'no reload').toBe(true);
	expect(pageErrors).toEqual([]);

	// The speaking time per college counts the three speeches.
	await open(page, `${base}/speakers`);
	await expect(page.getByTestId('speaking-summary').locator('tfoot')).toContainText(/Total\s*3/);
	await expect(page.getByTestId('speakers').getByText('Ont déjà parlé (3)')).toBeVisible();
});

async function plenaryId(request: APIRequestContext, title: string): Promise<number> {
	const res = await request.get('/api/v1/councils/ess-eurometropole-demo/sessions');
	// the read API keeps its public key `sessions`
	const { sessions } = (await res.json()) as { sessions: { id: number; title: string }[] };
	return sessions.find((s) => s.title === title)!.id;
}

test('the minutes list who spoke on each item and the speaking time per college', async ({ page, request }) => {
	const id = await plenaryId(request, 'Assemblée plénière 2026');
	await page.goto(`${DEMO_COUNCIL}/sessions/${id}/minutes`);
	const spoke = page.getByTestId('minutes-speakers');
	await expect(spoke).toHaveCount(3);
	await expect(spoke.nth(1).getByRole('listitem')).toHaveCount(5);
	await expect(spoke.nth(1)).toContainText('Réplique');
	await expect(spoke.nth(1)).toContainText('Motion d’ordre');
	const time = page.getByTestId('minutes-speaking-time');
	await expect(time.getByRole('heading', { level: 2 })).toHaveText('Temps de parole par collège');
	await expect(time.getByRole('row', { name: /Acteurs de l’ESS/ })).toContainText('4');
	await expectAccessible(page);
});
