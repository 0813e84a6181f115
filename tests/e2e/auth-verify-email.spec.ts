// Issue #14: an account made through a workshop guest link proves its address before it counts. A stranger who
// signs up with someone's address does not receive that person's membership from a later import; the owner of
// the account confirms through the link mailed to it (read here from the outbox, as the mail would carry it).
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, DEMO_PASSWORD, e2eDatabaseDir, expectAccessible, login } from './fixtures';

test.slow();

function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(path.join(e2eDatabaseDir(), 'cocon.db'), { readonly: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

function mailedLink(to: string, route: string): string {
	const mails = query<{ body: string }>('select body from outbox where "to" = ? order by id', to);
	const pattern = new RegExp(`https?://[^\\s]+(/${route}/[a-z0-9]+)`);
	const match = mails
		.map((m) => m.body.match(pattern))
		.filter(Boolean)
		.at(-1);
	if (!match) throw new Error(`no ${route} link mailed to ${to}`);
	return match[1];
}

test('a guest-link account is not given an imported membership until its address is verified by the mailed link', async ({ page, browser }) => {
	const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const email = `verif-${stamp}@example.org`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await page.getByLabel('Titre').fill(`Atelier vérification ${stamp}`);
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Sophie Martin' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await page.getByLabel('Pour qui (nom, structure)').fill('Invitée');
	await page.getByRole('button', { name: 'Créer un lien d’invitation' }).click();
	const link = await page.getByTestId('guest-url').inputValue();

	// Someone signs up through the guest link with an address nothing proves is theirs.
	const guest = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await guest.goto(new URL(link).pathname);
	await guest.getByLabel('Nom et prénom').fill(`Invitée ${stamp}`);
	await guest.getByLabel('Adresse e-mail').fill(email);
	await guest.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
	await guest.getByLabel('Confirmer le mot de passe').fill(DEMO_PASSWORD);
	await guest.getByRole('button', { name: 'Créer mon compte et rejoindre' }).click();
	await expect(guest.getByText('Vous êtes invité·e à cet atelier')).toBeVisible();

	// The secretariat imports that address: an invitation is mailed, no membership is attached.
	await page.goto(`${DEMO_COUNCIL}/members/import`, { waitUntil: 'networkidle' });
	await page.getByLabel('Ou collez le contenu du fichier').fill(`email;name;college;roles\n${email};Personne ${stamp};acteurs de l'ess;secretariat`);
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await page.getByRole('button', { name: 'Importer 1 membre' }).click();
	await expect(page.getByText(/Membres importés : 1 ; nouveaux comptes : 0 ; réactivations : 0 ; invitations en file d’envoi : 1\./)).toBeVisible();
	expect(query('select m.id from memberships m join users u on u.id = m.user_id where u.email = ?', email)).toEqual([]);
	expect(mailedLink(email, 'invitations')).toMatch(/^\/invitations\//);

	await guest.goto('/account');
	await expect(guest.getByRole('heading', { name: 'Adresse e-mail à confirmer' })).toBeVisible();
	await expect(guest.getByText(DEMO_COUNCIL.split('/').pop()!)).toHaveCount(0);
	// the imported role was secretariat: its pages stay closed
	expect((await guest.goto(`${DEMO_COUNCIL}/members/import`))?.status()).toBe(403);

	// The mailed link, opened by someone not logged in to that account, verifies nothing.
	const verify = mailedLink(email, 'verify-email');
	const stranger = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await stranger.goto(verify);
	await expect(stranger.getByRole('heading', { level: 1, name: 'Confirmer votre adresse e-mail' })).toBeVisible();
	await expect(stranger.getByRole('button', { name: 'Confirmer mon adresse' })).toHaveCount(0);
	await expect(stranger.getByRole('main').getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', /redirectTo=%2Fverify-email%2F/);

	// Its owner, logged in, confirms it.
	await guest.goto(verify, { waitUntil: 'networkidle' });
	await expect(guest.getByText(email)).toBeVisible();
	await expectAccessible(guest);
	await guest.getByRole('button', { name: 'Confirmer mon adresse' }).click();
	await expect(guest.getByRole('status').filter({ hasText: 'Votre adresse e-mail est confirmée.' })).toBeVisible();
	expect(query<{ v: number | null }>('select email_verified_at as v from users where email = ?', email)[0].v).not.toBeNull();
	await guest.goto('/account');
	await expect(guest.getByRole('heading', { name: 'Adresse e-mail à confirmer' })).toHaveCount(0);
	await guest.goto(verify);
	await expect(guest.getByRole('alert')).toContainText('n’existe pas ou a déjà servi');
});
