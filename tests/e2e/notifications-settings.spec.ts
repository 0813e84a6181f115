import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, login } from './fixtures';

test('a person turns a kind of notification on and off, by email and in Cocon', async ({ page }) => {
	await login(page, DEMO.evaluator);
	await page.goto('/notifications/settings');
	await expect(page).toHaveTitle('Réglages des notifications — Cocon');
	await expect(page.getByRole('columnheader', { name: 'Par e-mail' })).toBeVisible();
	await expectAccessible(page);

	const commentsByEmail = page.getByRole('checkbox', { name: 'Par e-mail : Un commentaire sur une proposition que je suis' });
	const answersByEmail = page.getByRole('checkbox', { name: 'Par e-mail : Une réponse officielle à une proposition que je suis' });
	const supportsInApp = page.getByRole('checkbox', { name: 'Dans Cocon : Un nouveau soutien à une de mes propositions' });
	// the defaults: everything in Cocon, email only for answers and state changes
	await expect(commentsByEmail).not.toBeChecked();
	await expect(answersByEmail).toBeChecked();
	await expect(supportsInApp).toBeChecked();

	await commentsByEmail.check();
	await supportsInApp.uncheck();
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	await expect(commentsByEmail).toBeChecked();
	await expect(supportsInApp).not.toBeChecked();

	await page.reload();
	await expect(commentsByEmail).toBeChecked();
	await expect(supportsInApp).not.toBeChecked();
	await expect(answersByEmail).toBeChecked();

	await commentsByEmail.uncheck();
	await supportsInApp.check();
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' })).toBeVisible();
	await page.reload();
	await expect(commentsByEmail).not.toBeChecked();
	await expect(supportsInApp).toBeChecked();
	await expectAccessible(page);
});

test('the settings page works in English', async ({ page }) => {
	await login(page, DEMO.evaluator);
	await page.goto('/notifications/settings');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'By email: A comment on a proposal I follow' })).toBeVisible();
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Réglages des notifications' })).toBeVisible();
});
