import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

/** Opens a page and waits until it is interactive, so that hydration does not reset what the test types. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('the secretariat invites someone who sets a password and appears live in the open member list', async ({ page, browser }) => {
	test.slow(); // two people, several pages and password hashing: allow for a busy machine
	const stamp = unique();
	const email = `invite-${stamp}@example.org`;
	const name = `Inès Invitée ${stamp}`;

	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/members/invite`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inviter un membre');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Nom', { exact: true }).fill(name);
	await page.getByLabel('Collège').selectOption({ label: 'Acteurs de l’ESS' });
	await page.getByLabel('Nom de l’organisation').fill(`Coopérative ${stamp}`);
	await page.getByLabel('Type d’organisation').selectOption({ label: 'Coopérative' });
	await expect(page.getByRole('checkbox', { name: 'Membre votant' })).toBeChecked();
	await page.getByRole('checkbox', { name: 'Évaluation' }).check();
	await page.getByRole('button', { name: 'Créer l’invitation' }).click();

	await expect(page.getByRole('status').filter({ hasText: `Invitation créée pour ${email}` })).toBeVisible();
	const linkField = page.getByLabel('Lien d’invitation');
	await expect(linkField).toHaveAttribute('readonly', '');
	const link = await linkField.inputValue();
	expect(link).toMatch(/\/invitations\/[a-z0-9]{20,}$/);
	await page.getByRole('button', { name: 'Copier' }).click();
	await expect(page.getByTestId('pending-invitations')).toContainText(email);
	await expectAccessible(page);

	// The member list is open (and searched) before the invitation is accepted.
	await open(page, `${DEMO_COUNCIL}/members`);
	await page.getByLabel('Rechercher', { exact: true }).fill(email);
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(email)}`));
	await expect(page.getByText('Aucun membre ne correspond à ces critères.')).toBeVisible();
	await expect(page.getByTestId('members-live')).toHaveAttribute('data-live', 'true');

	// Someone else, not logged in, opens the link in their own browser.
	const context = await browser.newContext({ locale: 'fr-FR' });
	const guest = await context.newPage();
	await open(guest, link);
	await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Invitation à rejoindre Conseil de l’ESS — Eurométropole (démo)');
	await expect(guest.getByText('Acteurs de l’ESS')).toBeVisible();
	await expect(guest.getByText('Membre votant, Évaluation')).toBeVisible();
	await expect(guest.getByLabel('Adresse e-mail')).toHaveValue(email);
	await expect(guest.getByLabel('Nom et prénom')).toHaveValue(name);
	await expectAccessible(guest);

	await guest.getByLabel('Mot de passe', { exact: true }).fill('court');
	await guest.getByLabel('Confirmer le mot de passe').fill('court');
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(guest.getByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeVisible();

	await guest.getByLabel('Mot de passe', { exact: true }).fill('une longue phrase de passe');
	await guest.getByLabel('Confirmer le mot de passe').fill('une longue phrase de passe');
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(guest).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));
	await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Conseil de l’ESS — Eurométropole (démo)');

	// The secretariat's list shows the new member without a reload.
	const table = page.getByTestId('members-table');
	await expect(table).toContainText(name);
	await expect(table).toContainText(email);
	await expect(page.getByTestId('members-count')).toContainText('1 membre sur');

	// The link works only once.
	await open(guest, link);
	await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Cette invitation a déjà été utilisée');
	await context.close();
});

test('an already active member cannot be invited, and an invitation can be revoked', async ({ page, browser }) => {
	await login(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/members/invite`);
	await page.getByLabel('Adresse e-mail').fill(DEMO.member);
	await page.getByLabel('Nom', { exact: true }).fill('Karim Benali');
	await page.getByLabel('Collège').selectOption({ label: 'Acteurs de l’ESS' });
	await page.getByRole('button', { name: 'Créer l’invitation' }).click();
	await expect(page.getByText('Cette adresse appartient déjà à un membre actif du conseil.')).toBeVisible();
	await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');

	const email = `revoke-${unique()}@example.org`;
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Nom', { exact: true }).fill('Personne Révoquée');
	await page.getByRole('button', { name: 'Créer l’invitation' }).click();
	const link = await page.getByLabel('Lien d’invitation').inputValue();
	await page.getByRole('button', { name: `Révoquer l’invitation de ${email}` }).click();
	await expect(page.getByText('Invitation révoquée : le lien ne fonctionne plus.')).toBeVisible();
	await expect(page.getByRole('button', { name: `Révoquer l’invitation de ${email}` })).toHaveCount(0);

	const context = await browser.newContext({ locale: 'fr-FR' });
	const guest = await context.newPage();
	await open(guest, link);
	await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Cette invitation a été annulée');
	await open(guest, '/invitations/not-a-real-token');
	await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Invitation introuvable');
	await expectAccessible(guest);
	await context.close();
});

test('someone who already has an account logs in from the invitation, then joins with one click', async ({ page, browser }) => {
	test.slow(); // two people, several pages and password hashing: allow for a busy machine
	const stamp = unique();
	const email = `again-${stamp}@example.org`;
	const name = `Yanis Retour ${stamp}`;
	const password = 'une phrase de passe assez longue';
	await login(page, DEMO.secretariat);

	const invite = async () => {
		await open(page, `${DEMO_COUNCIL}/members/invite`);
		await page.getByLabel('Adresse e-mail').fill(email);
		await page.getByLabel('Nom', { exact: true }).fill(name);
		await page.getByLabel('Collège').selectOption({ label: 'Réseaux de l’ESS et CRESS' });
		await page.getByRole('button', { name: 'Créer l’invitation' }).click();
		return page.getByLabel('Lien d’invitation', { exact: true }).inputValue();
	};

	// First invitation: the account is created; then the secretariat deactivates the membership.
	const context = await browser.newContext({ locale: 'fr-FR' });
	const guest = await context.newPage();
	await open(guest, await invite());
	await guest.getByLabel('Mot de passe', { exact: true }).fill(password);
	await guest.getByLabel('Confirmer le mot de passe').fill(password);
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre le conseil' }).click();
	await expect(guest).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));
	await guest.getByRole('button', { name: 'Se déconnecter' }).click();

	await open(page, `${DEMO_COUNCIL}/members?q=${encodeURIComponent(email)}`);
	await page.getByRole('link', { name }).click();
	await page.getByRole('button', { name: 'Désactiver ce membre' }).click();
	await expect(page.getByText('Membre désactivé.')).toBeVisible();

	// Second invitation: the person has a password, so they are asked to log in, then join.
	const link = await invite();
	await open(guest, link);
	await expect(guest.getByText(`Un compte existe déjà avec l’adresse ${email}`)).toBeVisible();
	await expect(guest.getByLabel('Mot de passe')).toHaveCount(0);
	await guest.getByRole('link', { name: 'Se connecter pour accepter' }).click();
	await expect(guest).toHaveURL(/\/login\?redirectTo=%2Finvitations%2F/);
	await guest.waitForLoadState('networkidle');
	await guest.getByLabel('Adresse e-mail').fill(email);
	await guest.getByLabel('Mot de passe').fill(password);
	await guest.getByRole('button', { name: 'Se connecter' }).last().click();
	await expect(guest.getByRole('button', { name: 'Rejoindre le conseil' })).toBeVisible();
	await expectAccessible(guest);
	await guest.getByRole('button', { name: 'Rejoindre le conseil' }).click();
	await expect(guest).toHaveURL(new RegExp(`${DEMO_COUNCIL}$`));

	await open(page, `${DEMO_COUNCIL}/members?q=${encodeURIComponent(email)}`);
	await expect(page.getByTestId('members-table')).toContainText(name);
	await expect(page.getByTestId('members-table')).toContainText('Actif');
	await context.close();
});
