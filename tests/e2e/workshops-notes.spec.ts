// Workshops: shared meeting notes. Everyone on the page sees the latest notes live; a save that would
// overwrite someone else's newer text is refused with "updated by X at T" and can be merged.
import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

test.slow();

test('notes are shared live, and a conflicting save is refused with a way to merge', async ({ page, browser }) => {
	const title = `Atelier notes ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Sophie Martin' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const path = new URL(page.url()).pathname;
	await page.getByText('Planifier une réunion').first().click();
	await page.getByLabel('Réunion', { exact: true }).fill('Première réunion');
	await page.getByLabel('Début', { exact: true }).fill('2027-02-10T18:00');
	await page.getByLabel('Fin', { exact: true }).fill('2027-02-10T17:00');
	await page.getByRole('button', { name: 'Planifier une réunion' }).click();
	await expect(page.getByText('La fin doit être après le début.')).toBeVisible();
	await page.getByLabel('Fin', { exact: true }).fill('2027-02-10T20:00');
	await page.getByRole('button', { name: 'Planifier une réunion' }).click();
	await expect(page.getByText('Indiquez un lieu ou un lien de visioconférence.')).toBeVisible();
	await expect(page.getByLabel('Lieu', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Lieu', { exact: true }).fill('Maison de l’ESS');
	// an impossible date sent directly (the date picker cannot produce it) is refused, never moved to March;
	const impossible = await page.request.post(`${path}?/meeting`, {
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		form: { intent: 'meeting', title: 'Réunion fantôme', startsAt: '2027-02-30T18:00', endsAt: '', place: 'Ailleurs' }
	});
	expect(impossible.status()).toBe(400);
	const html = await impossible.text();
	expect(html).toContain('Date et heure invalides.');
	// an empty date is a missing field, not an invalid one
	expect(html).toMatch(/id="f-endsAt-error"[^>]*>Ce champ est obligatoire\./);
	await page.getByRole('button', { name: 'Planifier une réunion' }).click();
	await page.getByRole('link', { name: 'Première réunion' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Première réunion' })).toBeVisible();
	const meeting = new URL(page.url()).pathname;

	const chair = await personPage(browser, DEMO.chair);
	await chair.goto(path);
	await chair.getByRole('button', { name: 'Rejoindre l’atelier' }).click();
	await expect(chair.getByRole('button', { name: 'Quitter l’atelier' })).toBeVisible();
	await chair.goto(meeting);
	await expectAccessible(chair);

	// Sophie saves; Claire, who has not typed, sees the new notes without reloading
	await page.getByLabel('Modifier les notes').fill('Ordre du jour validé.');
	await page.getByRole('button', { name: 'Enregistrer les notes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées' })).toBeVisible();
	await expect(chair.getByTestId('notes-view')).toContainText('Ordre du jour validé.');
	await expect(chair.getByLabel('Modifier les notes')).toHaveValue('Ordre du jour validé.');

	// Claire starts typing; Sophie saves a newer version meanwhile
	await chair.getByLabel('Modifier les notes').fill('Ordre du jour validé.\nClaire : relancer les bailleurs.');
	await page.getByLabel('Modifier les notes').fill('Ordre du jour validé.\nSophie : date de la prochaine réunion.');
	await page.getByRole('button', { name: 'Enregistrer les notes' }).click();
	await expect(chair.getByTestId('notes-view')).toContainText('Sophie : date de la prochaine réunion.');
	await expect(chair.getByLabel('Modifier les notes')).toHaveValue(/Claire : relancer les bailleurs/);

	// Claire's save is refused, nothing is lost, and she merges
	await chair.getByRole('button', { name: 'Enregistrer les notes' }).click();
	await expect(chair.getByRole('alert')).toContainText('mises à jour par Sophie Martin');
	await expect(chair.getByLabel('Version actuelle (lecture seule)')).toHaveValue(/Sophie : date de la prochaine réunion/);
	await expect(chair.getByLabel('Votre version, à fusionner')).toHaveValue(/Claire : relancer les bailleurs/);
	await expectAccessible(chair);
	await chair.getByLabel('Votre version, à fusionner').fill('Ordre du jour validé.\nSophie : date de la prochaine réunion.\nClaire : relancer les bailleurs.');
	await chair.getByRole('button', { name: 'Enregistrer la version fusionnée' }).click();
	await expect(page.getByTestId('notes-view')).toContainText('Claire : relancer les bailleurs.');
	await expect(page.getByTestId('notes-view')).toContainText('Sophie : date de la prochaine réunion.');
	await expect(page.getByTestId('notes-meta')).toContainText('Claire Weber');
});
