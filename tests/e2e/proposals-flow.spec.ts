import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

test.describe.configure({ mode: 'serial' });

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const TITLE = `Un fonds d’amorçage pour les SCIC ${unique}`;

async function newProposal(page: Page): Promise<string> {
	await page.goto(`${DEMO_COUNCIL}/proposals`);
	await page.getByRole('link', { name: 'Nouvelle proposition' }).click();
	// the link opens the guided wizard, which offers the single-page form (with attachments) too
	await page.getByRole('link', { name: /formulaire sur une seule page/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle proposition' })).toBeVisible();

	// sent empty: errors next to the fields, nothing created
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page.locator('#f-title-error')).toHaveText('Ce champ est obligatoire.');
	await expect(page.getByLabel('Titre')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	await page.getByLabel('Titre').fill(TITLE);
	await page.getByLabel('Résumé').fill('Un fonds pour aider les coopératives d’intérêt collectif à démarrer.');
	await page.getByLabel('Texte', { exact: true }).fill('Les SCIC peinent à réunir leurs **fonds propres**.\n\n- un fonds de 200 000 € ;\n- un comité de sélection mixte.');
	await page.getByRole('checkbox', { name: 'Coopération (PTCE, SCIC)' }).check();
	await page.getByRole('checkbox', { name: 'Structures d’accompagnement et coopération' }).check();
	await page.getByLabel('Liens', { exact: true }).fill('https://www.les-scic.coop Les SCIC');
	// a file whose content is not an accepted type is refused, next to the field, and the rest is kept
	await page.getByLabel('Joindre des fichiers').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page.locator('#f-attachments-error')).toContainText('n’est pas d’un format accepté');
	await expect(page.getByLabel('Titre')).toHaveValue(TITLE);
	await expect(page.getByRole('checkbox', { name: 'Coopération (PTCE, SCIC)' })).toBeChecked();
	await page.getByLabel('Joindre des fichiers').setInputFiles({ name: 'budget prévisionnel.txt', mimeType: 'text/plain', buffer: Buffer.from('Budget : 200 000 €\n') });
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
	await expect(page.getByText(/Brouillon : visible seulement par vous/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Texte de la proposition' }).locator('strong')).toHaveText('fonds propres');
	const download = page.waitForEvent('download');
	await page.getByTestId('attachments').getByRole('link', { name: 'budget prévisionnel.txt' }).click();
	expect((await download).suggestedFilename()).toBe('budget prévisionnel.txt');
	// the draft can still be edited: the form comes back filled in
	await page.getByRole('link', { name: 'Modifier le brouillon' }).click();
	await expect(page.getByLabel('Titre')).toHaveValue(TITLE);
	await expect(page.getByRole('checkbox', { name: 'Coopération (PTCE, SCIC)' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Retirer « budget prévisionnel.txt »' })).not.toBeChecked();
	await page.getByLabel('Résumé').fill('Un fonds pour aider les sociétés coopératives d’intérêt collectif à démarrer.');
	await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
	await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
	await expect(page.getByText('Un fonds pour aider les sociétés coopératives')).toBeVisible();
	await page.getByRole('button', { name: 'Déposer la proposition' }).click();
	await expect(page.locator('[data-state]').first()).toHaveText('Déposée');
	return page.url();
}

test('a stakeholder writes and submits; a member supports, comments and amends live; the secretariat accepts with an answer', async ({ page, browser }) => {
	test.setTimeout(120_000);
	// an observer keeps the council's list open meanwhile, filtered, and scrolled down
	const watcher = await personPage(browser, DEMO.observer);
	await watcher.goto(`${DEMO_COUNCIL}/proposals?sort=newest`, { waitUntil: 'networkidle' });
	await expect(watcher.getByTestId('proposals-fresh')).toHaveAttribute('data-live', 'true');
	await watcher.evaluate(() => window.scrollTo(0, 400));
	const scrolled = await watcher.evaluate(() => window.scrollY);
	expect(scrolled).toBeGreaterThan(0);

	await login(page, DEMO.member);
	const url = await newProposal(page);
	await expectAccessible(page);
	const id = new URL(url).pathname.split('/').pop()!;

	// the list says a proposal was submitted since it opened, and shows it when asked, keeping the filter
	await expect(watcher.getByTestId('proposals-fresh')).toContainText('1 nouvelle proposition déposée depuis l’ouverture de cette page.');
	// still where the reader was (the browser may anchor the scroll to keep the same rows in view)
	expect(await watcher.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(scrolled);
	await watcher.getByRole('button', { name: 'Afficher la liste à jour' }).click();
	const row = watcher.getByTestId(`proposal-row-${id}`);
	await expect(row).toContainText(TITLE);
	await expect(row).toContainText('0 soutien');
	expect(watcher.url()).toContain('sort=newest');
	await expectAccessible(watcher);
	const dataLoads: string[] = [];
	watcher.on('request', (r) => {
		if (r.url().includes('__data.json')) dataLoads.push(r.url());
	});

	// a second member (the chair is also a member) on the same proposal, while the author's page stays open
	const other = await personPage(browser, DEMO.chair);
	await other.goto(url);
	await other.getByRole('button', { name: 'Soutenir' }).click();
	await expect(other.getByText('Vous soutenez cette proposition.')).toBeVisible();
	await expect(page.getByTestId('supports-count')).toHaveText('1 soutien');
	// the list's row shows the new count in place, without reloading its data
	await expect(row).toContainText('1 soutien');
	expect(dataLoads).toEqual([]);

	await other.getByLabel('Votre commentaire').fill('Une très bonne idée, la Métropole peut abonder le fonds.');
	await other.getByRole('button', { name: 'Publier le commentaire' }).click();
	await expect(page.getByTestId('comments')).toContainText('Une très bonne idée, la Métropole peut abonder le fonds.');
	await expect(page.getByTestId('comments')).toContainText('Claire Weber');

	// the author replies, one level
	await page.getByText('Répondre', { exact: true }).click();
	await page.getByLabel('Votre réponse à Claire Weber').fill('Merci, nous en parlerons en atelier.');
	await page.getByRole('button', { name: 'Publier la réponse' }).click();
	await expect(other.getByTestId('comments')).toContainText('Merci, nous en parlerons en atelier.');

	// an amendment: proposed by the member, diffed, accepted by the author
	await other.getByRole('link', { name: 'Proposer un amendement' }).click();
	await other.getByLabel('Texte', { exact: true }).fill('Les SCIC peinent à réunir leurs **fonds propres**.\n\n- un fonds de 300 000 € ;\n- un comité de sélection mixte.');
	await other.getByLabel('Motif de l’amendement').fill('La Métropole abonde de 100 000 €.');
	await other.getByRole('button', { name: 'Proposer l’amendement' }).click();
	await expect(other.getByRole('heading', { level: 1, name: /Amendement n° \d+/ })).toBeVisible();
	await expect(other.getByTestId('diff-body').locator('ins')).toContainText('300');
	await expect(other.getByTestId('diff-body').locator('del')).toContainText('200');
	await expectAccessible(other);

	const amendmentLink = page.getByRole('link', { name: /Amendement n° \d+ de Claire Weber/ });
	await expect(amendmentLink).toBeVisible();
	await amendmentLink.click();
	await expect(page.getByTestId('diff-body').locator('ins')).toContainText('300');
	await expect(page.getByTestId('diff-body').locator('del .visually-hidden').first()).toHaveText('[suppression : ');
	await page.getByRole('button', { name: 'Accepter l’amendement' }).click();
	await expect(page.getByText(/Il a produit la version 2/)).toBeVisible();
	await page.getByRole('link', { name: 'Retour à la proposition' }).first().click();
	await expect(page.getByText('Version 2')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Texte de la proposition' })).toContainText('300 000 €');
	await page.getByRole('link', { name: 'Comparer les versions' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Versions de la proposition' })).toBeVisible();
	await expect(page.getByTestId('diff-body').locator('ins')).toContainText('300');
	await expectAccessible(page);
	await page.goto(url);

	// the secretariat accepts it for deliberation, with an official answer
	const secretariat = await personPage(browser, DEMO.secretariat);
	await secretariat.goto(url);
	const accept = secretariat.getByRole('form', { name: 'Accepter pour délibération' });
	await accept.getByRole('button', { name: 'Accepter pour délibération' }).click();
	await expect(accept.getByText('Une réponse officielle est requise : elle sera publique.')).toBeVisible();
	await accept.getByLabel('Réponse officielle (publique)').fill('Acceptée : elle sera examinée avec le budget ESS à la prochaine plénière.');
	await accept.getByRole('button', { name: 'Accepter pour délibération' }).click();
	await expect(secretariat.locator('[data-state]').first()).toHaveText('Acceptée pour délibération');

	// the author's open page follows, without a reload
	await expect(page.locator('[data-state]').first()).toHaveText('Acceptée pour délibération');
	await expect(page.getByRole('region', { name: 'Réponse officielle' })).toContainText('examinée avec le budget ESS');
	const timeline = page.getByRole('region', { name: 'Historique' });
	await expect(timeline).toContainText('Déposée → Acceptée pour délibération');
	await expect(timeline).toContainText('Sophie Martin');

	// and finds the notification
	await page.getByTestId('notifications-link').click();
	await expect(page.getByRole('link', { name: new RegExp(`${TITLE}.*Acceptée pour délibération`) })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(`Claire Weber a commenté la proposition « ${TITLE} »`) })).toBeVisible();

	await other.context().close();
	await secretariat.context().close();
});

test('an observer reads proposals but has no way to act on them', async ({ page }) => {
	await login(page, DEMO.observer);
	await page.goto(`${DEMO_COUNCIL}/proposals`);
	await expect(page.getByRole('link', { name: 'Nouvelle proposition' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Mieux accompagner les initiatives des habitants' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mieux accompagner les initiatives des habitants' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Soutenir' })).toHaveCount(0);
	await expect(page.getByLabel('Votre commentaire')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Proposer un amendement' })).toHaveCount(0);
	// even a hand-made request is refused by the server
	const response = await page.request.post(`${page.url()}?/support`, { form: {}, headers: { origin: new URL(page.url()).origin, accept: 'application/json' } });
	expect(await response.json()).toMatchObject({ type: 'failure', status: 403 });
});
