import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, login } from './fixtures';

test('an anonymous visitor has no notifications link and opens no realtime socket', async ({ page }) => {
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));
	page.on('request', (request) => {
		if (request.url().includes('/socket.io/')) sockets.push(request.url());
	});
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await expect(page.getByRole('link', { name: /^Notifications/ })).toHaveCount(0);
	await page.waitForTimeout(500);
	expect(sockets).toEqual([]);

	await page.goto('/notifications');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fnotifications/);
	await page.goto('/notifications/settings');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fnotifications%2Fsettings/);
});

test('a person without notifications sees the empty centre and how to choose what they receive', async ({ page }) => {
	await login(page, DEMO.observer);
	const link = page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true });
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/notifications$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
	await expect(page.getByText('Vous n’avez aucune notification pour l’instant.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Tout marquer comme lu' })).toHaveCount(0);
	await expect(link).toHaveAttribute('aria-current', 'page');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Choisir ce que je reçois' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Réglages des notifications' })).toBeVisible();
});
