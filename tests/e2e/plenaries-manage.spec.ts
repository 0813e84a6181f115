// Plenaries managed from the screens: the secretariat creates a plenary, builds and reorders its agenda
// (keyboard), schedules an accepted proposal, convenes; a member checks in from the overview while the secretariat's
// attendance page follows live; a member gives a proxy; the .ics files download. Axe on every page.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, runSetup } from './fixtures';

const setup = (stamp: string) => runSetup<{ proposalId: number; proposalTitle: string }>('plenaries-setup.ts', [stamp]);

const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

async function person(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await login(page, email);
	return page;
}

const agendaTitles = (page: Page) => page.getByTestId('agenda-item').locator('h2').allInnerTexts();

test('the secretariat prepares and convenes a plenary; members check in and give a proxy, live', async ({ page, browser }) => {
	test.setTimeout(180_000);
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const { proposalId, proposalTitle } = setup(stamp);
	const title = `Plénière de printemps ${stamp}`;
	const itemA = `Rapport d’activité ${stamp}`;
	const itemB = `Débat d’orientation ${stamp}`;

	// The list, then the creation form: errors next to the fields, then a valid plenary.
	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/sessions`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Séances plénières');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Nouvelle séance' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouvelle séance plénière');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Créer la séance' }).click();
	await expect(page.getByLabel('Titre')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#f-title-error')).toBeVisible();
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Début').fill('2027-03-15T18:00');
	await page.getByLabel('Fin (facultatif)').fill('2027-03-15T20:30');
	await page.getByLabel('Lieu (facultatif)').fill('Hôtel de ville, Strasbourg');
	await page.getByLabel('Lien de visioconférence (facultatif)').fill('https://visio.example.org/pleniere');
	await page.getByRole('button', { name: 'Créer la séance' }).click();
	await expect(page).toHaveURL(/\/sessions\/\d+\/agenda$/);
	const base = new URL(page.url()).pathname.replace(/\/agenda$/, '');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordre du jour');
	await expect(page.getByText(title).first()).toBeVisible();

	// Two items, then the first moves down with the keyboard: focus stays on the moved item, the move is announced.
	const add = page.getByRole('region', { name: 'Ajouter un point' });
	await add.getByLabel('Type de point').selectOption('vote');
	await add.getByLabel('Intitulé').fill(itemA);
	await add.getByLabel('Durée prévue en minutes (facultatif)').fill('20');
	await add.getByLabel('Présenté par (facultatif)').fill('La présidence');
	await add.getByRole('button', { name: 'Ajouter le point' }).click();
	await expect(page.getByTestId('agenda-item')).toHaveCount(1);
	await add.getByLabel('Type de point').selectOption('debate');
	await add.getByLabel('Intitulé').fill(itemB);
	await add.getByRole('button', { name: 'Ajouter le point' }).click();
	await expect(page.getByTestId('agenda-item')).toHaveCount(2);
	expect(await agendaTitles(page)).toEqual([`1. ${itemA}`, `2. ${itemB}`]);
	await expectAccessible(page);

	await page.getByRole('button', { name: `Descendre « ${itemA} »` }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => agendaTitles(page)).toEqual([`1. ${itemB}`, `2. ${itemA}`]);
	// at the bottom "move down" is disabled: focus goes to the same item's "move up"
	await expect(page.getByRole('button', { name: `Monter « ${itemA} »` })).toBeFocused();
	await expect(page.getByTestId('agenda-announcer')).toHaveText(`« ${itemA} » est maintenant le point 2 sur 2.`);
	await page.keyboard.press('Enter'); // and up again, still from the keyboard
	await expect.poll(() => agendaTitles(page)).toEqual([`1. ${itemA}`, `2. ${itemB}`]);
	await expect(page.getByRole('button', { name: `Monter « ${itemA} »` })).toBeDisabled();
	await expect(page.getByRole('button', { name: `Descendre « ${itemA} »` })).toBeFocused();

	// With the mouse: dropping an item onto another takes its place (and back). Headless Chromium does not start a
	// native drag from emulated mouse moves, so the drag events are dispatched to the page's handlers.
	const row = (t: string) => page.getByTestId('agenda-item').filter({ hasText: t });
	const drag = async (from: string, to: string) => {
		const data = await page.evaluateHandle(() => new DataTransfer());
		await row(from).dispatchEvent('dragstart', { dataTransfer: data });
		await row(to).locator('h2').dispatchEvent('dragover', { dataTransfer: data });
		await row(to).locator('h2').dispatchEvent('drop', { dataTransfer: data });
		await row(from).dispatchEvent('dragend', { dataTransfer: data });
	};
	await drag(itemB, itemA);
	await expect.poll(() => agendaTitles(page)).toEqual([`1. ${itemB}`, `2. ${itemA}`]);
	await drag(itemA, itemB);
	await expect.poll(() => agendaTitles(page)).toEqual([`1. ${itemA}`, `2. ${itemB}`]);

	// The vote item offers "add a vote" (the votes screens) and schedules the accepted proposal.
	const first = page.getByTestId('agenda-item').filter({ hasText: itemA });
	await expect(first.getByRole('link', { name: `Ajouter un vote au point « ${itemA} »` })).toHaveAttribute('href', new RegExp(`/votes/new\\?item=\\d+$`));
	await first.getByLabel('Inscrire une proposition acceptée').selectOption({ label: proposalTitle });
	await first.getByRole('button', { name: 'Inscrire', exact: true }).click();
	await expect(first.getByRole('link', { name: proposalTitle })).toBeVisible();
	await expect(first.getByText('Inscrite à l’ordre du jour')).toBeVisible();
	// A document on the item: an error next to the field without a file, then a PDF.
	await first.getByRole('button', { name: 'Joindre', exact: true }).click();
	await expect(first.getByLabel('Joindre un document')).toHaveAttribute('aria-invalid', 'true');
	await expect(first.getByText('Choisissez un fichier.')).toBeVisible();
	await first
		.getByLabel('Joindre un document')
		.setInputFiles({ name: 'rapport-activite.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n') });
	await first.getByRole('button', { name: 'Joindre', exact: true }).click();
	await expect(first.getByRole('link', { name: 'rapport-activite.pdf' })).toBeVisible();
	const doc = await page.request.get((await first.getByRole('link', { name: 'rapport-activite.pdf' }).getAttribute('href'))!);
	expect(doc.status()).toBe(200);
	expect((await doc.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await expectAccessible(page);

	await page.setViewportSize({ width: 360, height: 800 }); // usable on a phone: no horizontal scrolling
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, `${DEMO_COUNCIL}/proposals/${proposalId}`);
	await expect(page.getByText('Inscrite à l’ordre du jour').first()).toBeVisible();

	// Convene, with a confirmation.
	await open(page, base);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expectAccessible(page);
	await page.getByText('Convoquer les membres', { exact: true }).click();
	await page.getByRole('button', { name: 'Confirmer : Convoquer les membres' }).click();
	await expect(page.getByText('La séance est maintenant : Convoquée.')).toBeVisible();

	// The secretariat watches the attendance page; a member checks in from the overview in another browser.
	await open(page, `${base}/attendance`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Présences');
	const present = page.getByTestId('present-count');
	await expect(present).toContainText('Présents : 0 sur');
	const quorum = page.getByTestId('quorum');
	await expect(quorum).toContainText('Quorum non atteint — présents ou représentés : 0, requis :');
	await expectAccessible(page);

	const member = await person(browser, DEMO.member);
	await open(member, base);
	await expect(member.getByTestId('my-status')).toHaveText('Vous n’êtes pas pointé·e présent·e.');
	await expectAccessible(member);
	await member.getByRole('button', { name: 'Je suis dans la salle' }).click();
	await expect(member.getByTestId('my-status')).toHaveText('Vous êtes pointé·e présent·e dans la salle.');

	await expect(present).toContainText('Présents : 1 sur'); // no reload on the secretariat's side
	await expect(quorum).toContainText('présents ou représentés : 1, requis :');
	await expect(page.getByRole('region', { name: /Membres présents/ })).toContainText('Karim Benali');

	await page.setViewportSize({ width: 360, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 720 });

	// The door list: the search filters as one types; one tap checks a member in remotely.
	const search = page.getByLabel('Rechercher un membre');
	const total = await page.getByTestId('door-row').count();
	expect(total).toBeGreaterThan(3);
	await search.fill('benali');
	await expect(page.getByTestId('door-row')).toHaveCount(1);
	await page.getByRole('button', { name: 'Pointer la sortie de Karim Benali' }).click();
	await expect(present).toContainText('Présents : 0 sur');
	await page.getByRole('button', { name: 'Pointer Karim Benali à distance' }).click();
	await expect(present).toContainText('Présents : 1 sur');
	await expect(present).toContainText('1 à distance');
	await expect(member.getByTestId('my-status')).toHaveText('Vous êtes pointé·e présent·e à distance.'); // live on the member's side too

	// The member gives a proxy (an error next to the field first).
	await open(member, `${base}/proxies`);
	await expect(member.getByRole('heading', { level: 1 })).toHaveText('Procurations');
	await expectAccessible(member);
	await member.getByRole('button', { name: 'Donner ma procuration' }).click();
	await expect(member.getByLabel('Membre qui votera pour moi')).toHaveAttribute('aria-invalid', 'true');
	const holderSelect = member.getByLabel('Membre qui votera pour moi');
	const holderName = (await holderSelect.locator('option').nth(1).innerText()).trim();
	await holderSelect.selectOption({ label: holderName });
	await member.getByRole('button', { name: 'Donner ma procuration' }).click();
	await expect(member.getByTestId('my-proxy')).toHaveText(`Vous avez donné votre procuration à ${holderName}.`);
	await expect(member.getByRole('row', { name: new RegExp(`Karim Benali.*${holderName}`) })).toBeVisible();

	// The .ics of the plenary and the council's feed.
	await open(member, base);
	const [download] = await Promise.all([member.waitForEvent('download'), member.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^seance-\d+\.ics$/);
	const ics = (await import('node:fs')).readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
	expect(ics).toContain(`SUMMARY:${title}`);
	expect(ics).toContain('DTSTART;TZID=Europe/Paris:20270315T180000');
	expect(ics).toContain('DTEND;TZID=Europe/Paris:20270315T203000');
	expect(ics).toContain('https://visio.example.org/pleniere');
	const feed = await member.request.get(`${DEMO_COUNCIL}/sessions/calendar.ics`);
	expect(feed.headers()['content-type']).toContain('text/calendar');
	expect((await feed.text()).replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);

	// The plenary opens; the secretariat moves the current item and the member's screen follows without reload.
	await open(page, base);
	await page.getByText('Ouvrir la séance', { exact: true }).click();
	await page.getByRole('button', { name: 'Confirmer : Ouvrir la séance' }).click();
	await expect(page.getByText('La séance est maintenant : En cours.')).toBeVisible();
	await expect(member.getByTestId('current-item')).toContainText('Aucun point en cours.');
	await open(page, `${base}/agenda`);
	await page.getByRole('button', { name: `Passer à ce point : ${itemB}` }).click();
	await expect(page.getByTestId('agenda-item').filter({ hasText: itemB })).toHaveAttribute('aria-current', 'true');
	await expect(member.getByTestId('current-item')).toContainText(`2. ${itemB}`);
	await expectAccessible(page);

	// A public council: anonymous visitors read the plenaries, without the members' controls.
	const anonymous = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await open(anonymous, base);
	await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(anonymous.getByTestId('current-item')).toContainText(`2. ${itemB}`);
	await expect(anonymous.getByRole('button', { name: 'Je suis dans la salle' })).toHaveCount(0);
	await expect(anonymous.getByRole('link', { name: 'Voter' })).toHaveCount(0);
	await anonymous.context().close();

	// The edit page and the list.
	await open(page, `${base}/edit`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modifier la séance');
	await expect(page.getByLabel('Début')).toHaveValue('2027-03-15T18:00');
	await expectAccessible(page);
	await open(page, `${DEMO_COUNCIL}/sessions`);
	await expect(page.getByRole('region', { name: 'À venir' }).getByRole('link', { name: title })).toBeVisible();
	await member.context().close();
});

test('an agenda item or a vote of another plenary is refused through this plenary’s address', async ({ page, baseURL }) => {
	await login(page, DEMO.secretariat);
	const api = '/api/v1/councils/ess-eurometropole-demo/sessions';
	const { sessions: plenaries } = (await (await page.request.get(api)).json()) as { sessions: { id: number; title: string }[] };
	const past = plenaries.find((s) => s.title === 'Assemblée plénière 2026')!;
	const next = plenaries.find((s) => s.title === 'Assemblée plénière de printemps 2027')!;
	const extraordinary = plenaries.find((s) => s.title === 'Capitale européenne de l’ESS 2019')!;
	const detail = (await (await page.request.get(`${api}/${next.id}`)).json()) as { session: { agenda?: { id: number }[] }; agenda?: { id: number }[] };
	const item = (detail.session.agenda ?? detail.agenda)![0].id;
	const { votes } = (await (await page.request.get(`${api}/${extraordinary.id}/votes`)).json()) as { votes: { id: number }[] };
	const action = async (url: string, form: Record<string, string>) => {
		const res = await page.request.post(url, { form, headers: { origin: baseURL!, 'x-sveltekit-action': 'true', accept: 'application/json' } });
		return (await res.json()) as { type: string; status: number };
	};
	// the upcoming plenary's first item, "moved up" through the past plenary's agenda: not found there
	expect(await action(`${DEMO_COUNCIL}/sessions/${past.id}/agenda?/move`, { itemId: String(item), direction: 'up' })).toMatchObject({ type: 'failure', status: 404 });
	// the 2019 plenary's vote, "adopted as annual themes" through the 2026 minutes: not found there
	expect(await action(`${DEMO_COUNCIL}/sessions/${past.id}/minutes?/adoptThemes`, { voteId: String(votes[0].id), year: '2030' })).toMatchObject({ type: 'failure', status: 404 });
});
