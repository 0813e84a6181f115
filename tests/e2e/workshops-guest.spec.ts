// Workshops: a facilitator invites an outside guest through a single-use link; the guest joins, contributes,
// and sees nothing else of the council's workshops.
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, DEMO_PASSWORD } from './fixtures';

test.slow();

test('a guest joins through a link, contributes, and reaches nothing else', async ({ page, browser }) => {
	const title = `Atelier invités ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Sophie Martin' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const path = new URL(page.url()).pathname;

	await page.getByLabel('Pour qui (nom, structure)').fill('Régie de quartier (invitée)');
	await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
	const link = await page.getByTestId('guest-url').inputValue();
	expect(link).toMatch(/\/workshop-invitations\//);
	await expectAccessible(page);

	const context = await browser.newContext({ locale: 'fr-FR' });
	const guest = await context.newPage();
	await guest.goto(new URL(link).pathname);
	await expect(guest.getByRole('heading', { level: 1, name: 'Invitation à un atelier' })).toBeVisible();
	await expectAccessible(guest);
	await guest.getByLabel('Nom et prénom').fill('Gaëlle Invitée');
	await guest.getByLabel('Adresse e-mail').fill(`guest-${Date.now()}@example.org`);
	await guest.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
	await guest.getByLabel('Confirmer le mot de passe').fill(DEMO_PASSWORD);
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
	await expect(guest).toHaveURL(new RegExp(`${path}$`));
	await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(guest.getByText('Vous êtes invité·e à cet atelier')).toBeVisible();
	await expectAccessible(guest);

	await guest.getByRole('link', { name: 'Tableau' }).click();
	await guest.getByLabel('Votre contribution').fill('Une régie de quartier peut porter l’entretien des pieds d’immeuble');
	await guest.getByRole('button', { name: 'Publier' }).click();
	await expect(guest.getByTestId('contribution').filter({ hasText: 'Une régie de quartier' })).toBeVisible();

	// the facilitator sees the guest's contribution; the link cannot be used twice
	await page.goto(`${path}/board`);
	await expect(page.getByTestId('contribution').filter({ hasText: 'Une régie de quartier' })).toContainText('Gaëlle Invitée');
	await page.goto(path);
	await expect(page.getByText(/utilisé par Gaëlle Invitée/)).toBeVisible();
	const again = await browser.newContext({ locale: 'fr-FR' });
	const other = await again.newPage();
	await other.goto(new URL(link).pathname);
	await expect(other.getByRole('alert')).toContainText('déjà été utilisé');

	// nothing else: the council's workshop list, another workshop
	const list = await guest.goto(`${DEMO_COUNCIL}/workshops`);
	expect(list?.status()).toBe(403);
	const demoWorkshop = await guest.goto(`${DEMO_COUNCIL}/workshops/1`);
	expect(demoWorkshop?.status()).toBe(404);
	const api = await guest.request.get(`/api/v1/councils/ess-eurometropole-demo/workshops`);
	expect(api.status()).toBe(403);
});

test('an address that already has an account is told, next to the field, to sign in; signed in, one click joins', async ({ page, browser }) => {
	const title = `Atelier compte existant ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Sophie Martin' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const path = new URL(page.url()).pathname;
	await page.getByLabel('Pour qui (nom, structure)').fill('Observatrice');
	await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
	const linkPath = new URL(await page.getByTestId('guest-url').inputValue()).pathname;

	const context = await browser.newContext({ locale: 'fr-FR' });
	const guest = await context.newPage();
	await guest.goto(linkPath);
	await guest.getByLabel('Nom et prénom').fill('Déjà Inscrite');
	await guest.getByLabel('Adresse e-mail').fill(DEMO.observer);
	await guest.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
	await guest.getByLabel('Confirmer le mot de passe').fill(DEMO_PASSWORD);
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
	await expect(guest.getByText('Un compte existe déjà avec cette adresse : connectez-vous puis rouvrez le lien.')).toBeVisible();
	await expect(guest).toHaveURL(new RegExp(`${linkPath}`));
	await expect(guest.getByLabel('Adresse e-mail')).toHaveValue(DEMO.observer);
	await expectAccessible(guest);

	// the link is still unused: signing in from it brings the person back, and one click joins
	await guest.getByRole('link', { name: 'J’ai déjà un compte : me connecter' }).click();
	await expect(guest.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
	await guest.getByLabel('Adresse e-mail').fill(DEMO.observer);
	await guest.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
	await guest.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(guest).toHaveURL(new RegExp(`${linkPath}$`));
	await guest.getByRole('button', { name: 'Rejoindre l’atelier' }).click();
	await expect(guest).toHaveURL(new RegExp(`${path}$`));
	await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
