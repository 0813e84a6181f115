// An open council (issue #16): a visitor asks to join and confirms their address, the secretariat accepts, the new
// member writes a proposal through the wizard (sees a similar one, previews, submits); a follower hears of an answer.
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, e2eDatabaseDir, expectAccessible, login, personPage } from './fixtures';

test.describe.configure({ mode: 'serial' });

const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const EMAIL = `nadia.${stamp}@example.org`;
const NAME = `Nadia Nouvelle ${stamp}`;
const TITLE = `Plus de commerce équitable dans la restauration scolaire ${stamp}`;
const PASSWORD = 'une longue phrase de passe';

/** Opens a page and waits until it is interactive, so that hydration does not reset what the test types. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

/** The first link of the newest mail sent to `to`, read from the outbox of the e2e server's database. */
function linkMailedTo(to: string, pattern: RegExp): string {
	const database = new Database(path.join(e2eDatabaseDir(), 'cocon.db'), { readonly: true });
	try {
		const row = database.prepare('select body from outbox where "to" = ? order by id desc limit 1').get(to) as { body: string } | undefined;
		const link = row?.body.match(/https?:\/\/\S+/g)?.find((l) => pattern.test(l));
		if (!link) throw new Error(`no mail to ${to} with a link like ${pattern}`);
		return new URL(link).pathname;
	} finally {
		database.close();
	}
}

test('a visitor asks to join, confirms the address, and is accepted by the secretariat', async ({ page, browser }) => {
	test.setTimeout(90_000);
	// the secretariat watches the queue: its count changes live
	const secretariat = await personPage(browser, DEMO.secretariat);
	await open(secretariat, `${DEMO_COUNCIL}/members/requests`);
	await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText('Demandes d’adhésion');
	await expect(secretariat.getByTestId('requests-live')).toHaveAttribute('data-live', 'true');
	const before = Number((await secretariat.getByTestId('requests-count').innerText()).match(/\d+/)![0]);
	await expectAccessible(secretariat);

	// a visitor (not logged in) finds the invitation on the public page
	await open(page, DEMO_COUNCIL);
	await page.getByRole('link', { name: 'Demander à rejoindre le conseil' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demander à rejoindre Conseil de l’ESS — Eurométropole (démo)');
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);

	// sent empty: the errors are announced and the first field in error has the focus
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('alert')).toContainText('Votre demande n’a pas été envoyée');
	await expect(page.getByLabel('Nom et prénom')).toBeFocused();
	await expect(page.getByLabel('Nom et prénom')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Nom et prénom').fill(NAME);
	await page.getByLabel('Adresse e-mail').fill(EMAIL);
	await page.getByLabel('Nom de l’organisation').fill(`Recyclerie ${stamp}`);
	await page.getByLabel('Type d’organisation').selectOption({ label: 'Association' });
	await page.getByLabel('Numéro SIRET (facultatif)').fill('732 829 320 00075');
	await page.getByLabel('Collège demandé').selectOption({ label: 'Acteurs de l’ESS' });
	await page.getByLabel('Votre motivation').fill('Notre recyclerie veut contribuer à l’économie circulaire.');
	await expect(page.getByText('57 / 1000 caractères')).toBeVisible();
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.locator('#f-siret-error')).toHaveText('Ce numéro SIRET n’existe pas : sa clé de contrôle ne correspond pas. Vérifiez-le.');
	await expect(page.getByLabel('Numéro SIRET (facultatif)')).toBeFocused();
	await page.getByLabel('Numéro SIRET (facultatif)').fill('732 829 320 00074');
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.getByRole('status')).toContainText(`Un e-mail vient d’être envoyé à ${EMAIL}`);

	// asking twice with the same address is refused with a clear message
	await open(page, `${DEMO_COUNCIL}/join`);
	await page.getByLabel('Nom et prénom').fill(NAME);
	await page.getByLabel('Adresse e-mail').fill(EMAIL);
	await page.getByLabel('Type d’organisation').selectOption({ label: 'Association' });
	await page.getByLabel('Collège demandé').selectOption({ label: 'Acteurs de l’ESS' });
	await page.getByLabel('Votre motivation').fill('Encore.');
	await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
	await expect(page.locator('#f-email-error')).toContainText('attend sa confirmation');

	// the link of the mail confirms the address; the secretariat's count goes up without a reload
	await open(page, linkMailedTo(EMAIL, /\/join\//));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer votre demande d’adhésion');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
	await expect(page.getByRole('status')).toContainText('Votre demande est transmise au secrétariat');
	await expect(secretariat.getByTestId('requests-count')).toContainText(new RegExp(`^${before + 1} demandes? en attente`));

	// the secretariat accepts, choosing college and role
	const request = secretariat.getByRole('listitem').filter({ has: secretariat.getByRole('heading', { name: `Demande de ${NAME}` }) });
	await expect(request).toContainText('73282932000074');
	await request.getByLabel('Collège attribué').selectOption({ label: 'Acteurs de l’ESS' });
	await request.getByLabel('Rôle').selectOption({ label: 'Membre votant' });
	await request.getByRole('button', { name: `Accepter ${NAME}` }).click();
	await expect(secretariat.getByRole('status').filter({ hasText: `${NAME} est maintenant membre du conseil` })).toBeVisible();
	await expect(secretariat.getByTestId('requests-count')).toContainText(new RegExp(`^${before} demandes? en attente`));
	await expectAccessible(secretariat);
	await secretariat.context().close();

	// the mail carries the link to choose a password; the new member is then logged in
	await open(page, linkMailedTo(EMAIL, /\/invitations\//));
	await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Confirmer le mot de passe').fill(PASSWORD);
	await page.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));
	await expect(page.getByRole('link', { name: 'Demander à rejoindre le conseil' })).toHaveCount(0);
});

test('the new member writes a proposal through the wizard: similar proposals, preview, co-author, review', async ({ page }) => {
	test.setTimeout(90_000);
	await login(page, EMAIL, PASSWORD);
	// the wizard: a title, with nothing typed first
	await open(page, `${DEMO_COUNCIL}/proposals`);
	await page.getByRole('link', { name: 'Nouvelle proposition' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Écrire une proposition');
	await page.waitForLoadState('networkidle');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Continuer' }).click();
	await expect(page.getByRole('alert')).toContainText('1 champ à corriger');
	await expect(page.getByLabel('Titre')).toBeFocused();
	await page.getByLabel('Titre').fill(TITLE);
	await expect(page.getByTestId('title-count')).toHaveText(`${TITLE.length} / 200 caractères`);
	await page.getByRole('button', { name: 'Continuer' }).click();

	// proposals that look similar, with a way to support one instead
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('Étape 2 sur 5 : Propositions proches');
	const similar = page.getByTestId('similar-proposals');
	await expect(similar.getByRole('link', { name: 'Du commerce équitable dans la restauration collective de la Ville', exact: true })).toBeVisible();
	await expect(similar.getByRole('link', { name: /Soutenir « Du commerce équitable dans la restauration collective de la Ville » plutôt/ })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ma proposition est différente : continuer' }).click();

	// the text, with live counters and a preview rendered by the server
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('Étape 3 sur 5 : Texte');
	const summary = 'Étendre le commerce équitable aux cantines des écoles.';
	await page.getByLabel('Résumé').fill(summary);
	await expect(page.getByTestId('summary-count')).toHaveText(`${summary.length} / 500 caractères`);
	await page.getByLabel('Texte', { exact: true }).fill('Les écoles servent **chaque jour** des milliers de repas.\n\n- café et sucre équitables ;\n- bananes équitables.');
	await page.getByRole('button', { name: 'Prévisualiser le texte' }).click();
	await expect(page.getByTestId('body-preview').locator('strong')).toHaveText('chaque jour');
	await expect(page.getByTestId('body-preview').locator('li')).toHaveCount(2);
	await expect(page.getByLabel('Résumé')).toHaveValue(summary);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Continuer' }).click();

	// themes, levers and a co-author found by searching
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('Étape 4 sur 5 : Thèmes et co-auteurs');
	await page.getByRole('button', { name: 'Continuer' }).click();
	await expect(page.locator('#f-themeIds-error')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Commerce équitable' }).check();
	await page.getByLabel('Rechercher un membre par nom ou organisation').fill('Montagne Verte');
	const karim = page.getByRole('checkbox', { name: 'Karim Benali — Association Les Jardins de la Montagne Verte' });
	await expect(karim).toBeVisible();
	await karim.check();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Continuer' }).click();

	// the review, then the submission
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('Étape 5 sur 5 : Relecture');
	await expect(page.getByTestId('review-body').locator('strong')).toHaveText('chaque jour');
	await expect(page.getByText('Karim Benali', { exact: true })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Déposer la proposition' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.locator('[data-state]').first()).toHaveText('Déposée');
	// the author follows it automatically
	await expect(page.getByTestId('follow')).toContainText('Vous suivez cette proposition');
});

test('a member follows a proposal and hears of its official answer', async ({ page, browser }) => {
	test.setTimeout(60_000);
	await login(page, DEMO.observer);
	await open(page, `${DEMO_COUNCIL}/proposals?q=${encodeURIComponent(stamp)}`);
	await page.getByRole('link', { name: TITLE }).click();
	await page.getByRole('button', { name: 'Suivre cette proposition' }).click();
	await expect(page.getByTestId('follow')).toContainText('Vous suivez cette proposition');
	await expectAccessible(page);
	const url = page.url();

	const chair = await personPage(browser, DEMO.chair);
	await open(chair, url);
	await chair.locator('#answer-text').fill('La Ville étudiera le coût avec la cuisine centrale.');
	await chair.getByRole('button', { name: 'Publier une réponse officielle' }).click();
	await expect(chair.getByRole('region', { name: 'Réponse officielle' }).first()).toContainText('La Ville étudiera le coût');
	await chair.context().close();

	await open(page, '/notifications');
	await expect(page.getByRole('link', { name: `La proposition « ${TITLE} » a reçu une réponse officielle` })).toBeVisible();

	// stopping following: the next answer is not heard
	await open(page, url);
	await page.getByRole('button', { name: 'Ne plus suivre cette proposition' }).click();
	await expect(page.getByTestId('follow')).toContainText('Suivez cette proposition pour être prévenu');
});

test('the secretariat closes requests to join: the public page no longer offers them', async ({ page, browser }) => {
	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/settings`);
	const setting = page.getByRole('checkbox', { name: 'Recevoir des demandes d’adhésion' });
	await expect(setting).toBeChecked();
	await setting.uncheck();
	await page.getByRole('button', { name: 'Enregistrer le réglage des demandes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	const visitor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await open(visitor, DEMO_COUNCIL);
	await expect(visitor.getByRole('link', { name: 'Demander à rejoindre le conseil' })).toHaveCount(0);
	await open(visitor, `${DEMO_COUNCIL}/join`);
	await expect(visitor.getByText('Ce conseil ne reçoit pas de demandes d’adhésion pour le moment.')).toBeVisible();
	await visitor.context().close();
	// back as it was, for the other specs
	await open(page, `${DEMO_COUNCIL}/settings`);
	await setting.check();
	await page.getByRole('button', { name: 'Enregistrer le réglage des demandes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
});
