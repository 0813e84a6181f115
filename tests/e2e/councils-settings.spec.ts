import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible } from './fixtures';
import { open, signIn, uniqueName } from './councils-helpers';

test('the secretariat edits the description; the change shows and the audit log lists it', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO.secretariat);
	await page.goto(DEMO_COUNCIL);
	await page.getByRole('navigation', { name: 'Sections du conseil' }).getByRole('link', { name: 'Paramètres' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres du conseil');
	await expectAccessible(page);

	const description = page.getByLabel('Description');
	const original = await description.inputValue();
	const marker = uniqueName('Séance de travail');
	try {
		await description.fill(`${original} ${marker}`);
		await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
		await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
		await expect(page.locator('.lead')).toContainText(marker);

		await page.getByRole('link', { name: 'Journal' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal d’audit');
		const entry = page.locator('tbody tr').filter({ hasText: 'Informations du conseil modifiées' }).filter({ hasText: marker });
		await expect(entry).toContainText('Sophie Martin');
		await expect(entry.getByRole('cell').nth(3)).toHaveText('Conseil');
		await expect(entry.getByRole('cell').nth(4)).toContainText(`description : …`);
		await expectAccessible(page);
	} finally {
		await open(page, `${DEMO_COUNCIL}/settings`);
		await page.getByLabel('Description').fill(original);
		await page.getByRole('button', { name: 'Enregistrer les informations' }).click();
		await expect(page.getByRole('status').filter({ hasText: /Modifications enregistrées|Aucune modification/ })).toBeVisible();
	}
});

test('the secretariat adds and renames a theme; the audit log filters by action, author and period', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/settings/themes`);
	await expectAccessible(page);
	const themeName = uniqueName('Tourisme solidaire');
	await page.getByLabel('Nouvelle thématique').fill(themeName);
	await page.getByRole('button', { name: 'Ajouter la thématique' }).click();
	await expect(page.getByRole('status').filter({ hasText: `« ${themeName} » a été ajouté.` })).toBeVisible();
	const renamed = `${themeName} et loisirs`;
	await page.getByLabel(`Nom de « ${themeName} »`).fill(renamed);
	await page.getByRole('button', { name: `Renommer « ${themeName} »` }).click();
	await expect(page.getByLabel(`Nom de « ${renamed} »`)).toHaveValue(renamed);
	// a name already used is refused next to the field
	await page.getByLabel(`Nom de « ${renamed} »`).fill('économie circulaire');
	await page.getByRole('button', { name: `Renommer « ${renamed} »` }).click();
	await expect(page.getByText('Ce nom est déjà utilisé dans cette liste.')).toBeVisible();
	await expect(page.getByLabel(`Nom de « ${renamed} »`)).toHaveAttribute('aria-invalid', 'true');
	await page.goto(DEMO_COUNCIL);
	await expect(page.getByRole('listitem').filter({ hasText: renamed })).toBeVisible();

	await page.getByRole('link', { name: 'Journal' }).click();
	const rows = page.locator('tbody tr');
	await expect(rows.filter({ hasText: 'Thématique ou levier renommé' }).first()).toContainText(`${themeName} → ${renamed}`);
	await page.getByLabel('Action').selectOption({ label: 'Thématique ou levier renommé' });
	await page.getByLabel('Auteur').selectOption({ label: 'Sophie Martin' });
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/action=theme\.rename/);
	await expect(page).toHaveURL(/actor=\d+/);
	await expect(rows.first()).toContainText(renamed);
	for (const text of await rows.allInnerTexts()) expect(text).toContain('Thématique ou levier renommé');
	await expect(page.getByLabel('Action')).toHaveValue('theme.rename');

	// a period with nothing in it
	await page.getByLabel('Au', { exact: true }).fill('2001-01-01');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page.getByText('Aucune entrée ne correspond à ces filtres.')).toBeVisible();
	await page.getByRole('link', { name: 'Effacer les filtres' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO_COUNCIL}/audit$`));

	// tidy up the demo taxonomy
	await open(page, `${DEMO_COUNCIL}/settings/themes`);
	await page.getByRole('button', { name: `Archiver « ${renamed} »` }).click();
	await expect(page.getByRole('button', { name: `Restaurer « ${renamed} »` })).toBeVisible();
});

test('deleting a college that still has members is refused with a clear message', async ({ page }) => {
	await signIn(page, DEMO.secretariat);
	await open(page, `${DEMO_COUNCIL}/settings/colleges`);
	const card = page.locator('ol.colleges > li').filter({ hasText: 'Partenaires institutionnels' });
	await card.getByText('Supprimer « Partenaires institutionnels »…').click();
	await card.getByRole('button', { name: 'Oui, supprimer ce collège' }).click();
	await expect(card.getByRole('alert')).toContainText('Impossible de supprimer « Partenaires institutionnels »');
	await expect(page.locator('ol.colleges > li h3')).toHaveCount(4);
	await expectAccessible(page);
});

test('weighting by college is refused when the weights do not total 100', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await open(page, '/admin/councils/new');
	await expect(page.getByRole('button', { name: 'Ajouter une ligne de collège' })).toBeVisible();
	await page.getByLabel('Nom du conseil').fill(uniqueName('Conseil pondération e2e'));
	await page.getByLabel('Territoire').fill('Lyon');
	await page.locator('#college-name-0').fill('Un');
	await page.locator('#college-weight-0').fill('30');
	await page.getByRole('button', { name: 'Créer le conseil' }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Créer un conseil');
	const slug = new URL(page.url()).pathname.replace('/c/', '');
	await open(page, `/c/${slug}/settings`);
	await page.getByLabel('Pondération des voix').selectOption('college');
	await page.getByRole('button', { name: 'Enregistrer les règles de vote' }).click();
	await expect(page.locator('#f-weighting-error')).toHaveText('Les poids des collèges doivent totaliser 100 % (total actuel : 30 %).');
	await expect(page.getByLabel('Pondération des voix')).toBeFocused();
});

test('a voting member gets the 403 page on the settings and the audit log', async ({ page }) => {
	await signIn(page, DEMO.member);
	await page.goto(DEMO_COUNCIL);
	await expect(page.getByRole('navigation', { name: 'Sections du conseil' }).getByRole('link', { name: 'Paramètres' })).toHaveCount(0);
	for (const path of ['/settings', '/settings/colleges', '/settings/themes', '/audit']) {
		const response = await page.goto(`${DEMO_COUNCIL}${path}`);
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès refusé');
	}
	const admin = await page.goto('/admin');
	expect(admin?.status()).toBe(403);
	// actions are checked too, not only pages
	const post = await page.request.post(`${DEMO_COUNCIL}/settings?/general`, {
		form: { name: 'Piraté', territory: 'x', description: '', visibility: 'public' },
		headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
	});
	expect(await post.json()).toMatchObject({ type: 'failure', status: 403 });
	await page.goto(DEMO_COUNCIL);
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Piraté');
});
