import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible } from './fixtures';
import { createCouncil, fillCouncilForm, open, signIn, uniqueName } from './councils-helpers';

test('the admin lists the councils and creates one: weights totalling 90 are refused next to the weights, 100 creates it', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, DEMO.admin);
	await page.getByRole('link', { name: 'Administration' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration de la plateforme');
	const demoRow = page.getByRole('row', { name: /Conseil de l’ESS — Eurométropole \(démo\)/ });
	await expect(demoRow).toContainText('Strasbourg et Eurométropole');
	await expect(demoRow).toContainText('Public');
	await expect(demoRow.getByRole('cell').nth(2)).toHaveText(/^\d{3}$/);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Créer un conseil' }).click();
	await expect(page).toHaveURL(/\/admin\/councils\/new$/);
	const name = uniqueName('Conseil ESS Lille e2e');
	await fillCouncilForm(page, {
		name,
		weighting: 'college',
		colleges: [
			{ name: 'Acteurs de l’ESS', weight: '50', description: 'Associations, coopératives' },
			{ name: 'Collectivités', weight: '25' },
			{ name: 'Partenaires', weight: '15' }
		]
	});
	// the web address follows the name
	await expect(page.getByLabel('Adresse web')).toHaveValue(/^conseil-ess-lille-e2e-[a-z0-9]+$/);
	const slug = await page.getByLabel('Adresse web').inputValue();
	await page.getByRole('button', { name: 'Créer le conseil' }).click();

	const weightsError = page.locator('#weights-error');
	await expect(weightsError).toHaveText('Les poids des collèges doivent totaliser 100 % (total actuel : 90 %).');
	await expect(page.locator('#college-weight-0')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#college-weight-0')).toHaveAttribute('aria-describedby', /weights-error/);
	await expect(page.locator('#college-name-2')).toHaveValue('Partenaires');
	await expectAccessible(page);

	// nothing was created
	const before = await page.request.get(`/api/v1/councils/${slug}`);
	expect(before.status()).toBe(404);

	await page.locator('#college-weight-2').fill('25');
	await expect(page.locator('#weights-total')).toHaveText('Total des poids : 100 %');
	await page.getByRole('button', { name: 'Créer le conseil' }).click();
	await expect(page).toHaveURL(new RegExp(`/c/${slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByRole('row', { name: /Acteurs de l’ESS/ })).toContainText('50 %');
	await expect(page.getByRole('row', { name: /Partenaires/ })).toContainText('25 %');

	await page.goto('/admin');
	await expect(
		page
			.getByRole('row', { name: new RegExp(name) })
			.getByRole('cell')
			.nth(2)
	).toHaveText('0');
});

test('a taken web address is refused with a clear message', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await open(page, '/admin/councils/new');
	await fillCouncilForm(page, { name: uniqueName('Doublon') });
	await page.getByLabel('Adresse web').fill('ess-eurometropole-demo');
	await page.getByRole('button', { name: 'Créer le conseil' }).click();
	await expect(page.locator('#f-slug-error')).toHaveText('Cette adresse est déjà utilisée par un autre conseil.');
	await expect(page.getByRole('alert')).toContainText('Le formulaire contient des erreurs');
});

test('the admin manages the colleges of a council of their own: weights, order with the keyboard, add and delete', async ({ page }) => {
	await signIn(page, DEMO.admin);
	const slug = await createCouncil(page, {
		name: uniqueName('Conseil collèges e2e'),
		weighting: 'college',
		colleges: [
			{ name: 'Collège A', weight: '60' },
			{ name: 'Collège B', weight: '40' }
		]
	});
	await open(page, `/c/${slug}/settings/colleges`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres du conseil');

	// all weights are edited at once, and their total must stay at 100
	await page.getByLabel(/Poids de « Collège A »/).fill('50');
	await expect(page.locator('#weights-total')).toHaveText('90 %');
	await page.getByRole('button', { name: 'Enregistrer les poids' }).click();
	await expect(page.locator('#weights-error')).toContainText('total actuel : 90 %');
	await expectAccessible(page);
	await page.getByLabel(/Poids de « Collège B »/).fill('50');
	await page.getByRole('button', { name: 'Enregistrer les poids' }).click();
	await expect(page.locator('#weights-error')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();

	// move with the keyboard: the focus stays on the control
	const down = page.getByRole('button', { name: 'Descendre « Collège A »' });
	await down.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('ol.colleges > li h3')).toHaveText(['Collège B', 'Collège A']);
	await expect(page.getByRole('button', { name: 'Monter « Collège A »' })).toBeFocused();

	// adding a college to a college-weighted council needs a weight of 0
	await page.locator('#new-college-name').fill('Collège C');
	await page.locator('#new-college-weight').fill('10');
	await page.getByRole('button', { name: 'Ajouter le collège' }).click();
	await expect(page.locator('#new-college-weight-error')).toContainText('total avec ce collège : 110 %');
	await page.locator('#new-college-weight').fill('0');
	await page.getByRole('button', { name: 'Ajouter le collège' }).click();
	await expect(page.locator('ol.colleges > li h3')).toHaveText(['Collège B', 'Collège A', 'Collège C']);

	await page.getByText('Supprimer « Collège C »…').click();
	await page.locator('ol.colleges > li').filter({ hasText: 'Collège C' }).getByRole('button', { name: 'Oui, supprimer ce collège' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Le collège « Collège C » a été supprimé.' })).toBeVisible();
	await expect(page.locator('ol.colleges > li h3')).toHaveText(['Collège B', 'Collège A']);
});
