import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

/** Opens a page and waits until it is interactive, so that hydration does not reset what the test types. */
const open = (page: Page, url: string) => page.goto(url, { waitUntil: 'networkidle' });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function countMatching(page: import('@playwright/test').Page, query: string): Promise<string> {
	await open(page, `${DEMO_COUNCIL}/members?q=${encodeURIComponent(query)}`);
	return (await page.getByTestId('members-count').textContent())?.trim() ?? '';
}

test('a file with one bad row is refused with its line and field, and writes nothing', async ({ page }) => {
	const stamp = unique();
	await login(page, DEMO.secretariat);
	expect(await countMatching(page, stamp)).toMatch(/^0 membre sur/);

	const csv = [
		'nom,email,organisation,type_organisation,collège,rôles',
		`Alice ${stamp},alice-${stamp}@example.org,Coopalim,Coopérative,Acteurs de l’ESS,member`,
		`Bruno ${stamp},pas-une-adresse,,,Acteurs de l’ESS,member`,
		`Chloé ${stamp},chloe-${stamp}@example.org,,,Collectivités locales,member|evaluator`
	].join('\n');
	await open(page, `${DEMO_COUNCIL}/members/import`);
	await page.getByLabel('Fichier CSV').setInputFiles({ name: 'membres.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByRole('heading', { name: '1 erreur : rien n’a été importé' })).toBeVisible();
	const issues = page.getByTestId('import-issues');
	await expect(issues).toContainText(/ligne 3, champ « e-mail » : adresse e-mail invalide/i);
	await expect(issues.getByRole('listitem')).toHaveCount(1);
	await expect(page.getByTestId('import-rows')).toContainText(`alice-${stamp}@example.org`);
	await expect(page.getByRole('button', { name: /^Importer/ })).toHaveCount(0);
	await expectAccessible(page);

	// Not even the two good rows were written.
	expect(await countMatching(page, stamp)).toMatch(/^0 membre sur/);
});

test('a valid file imports every row; the imported member can then be edited and deactivated', async ({ page }) => {
	test.slow(); // two people, several pages and password hashing: allow for a busy machine
	const stamp = unique();
	await login(page, DEMO.secretariat);
	const csv = [
		'email;name;college;roles;organisation;organisation_type',
		`denis-${stamp}@example.org;Denis ${stamp};acteurs de l'ess;member;SCIC ${stamp};scic`,
		`emma-${stamp}@example.org;Emma ${stamp};Partenaires institutionnels;observer;;`
	].join('\n');
	await open(page, `${DEMO_COUNCIL}/members/import`);
	await page.getByLabel('Ou collez le contenu du fichier').fill(csv);
	await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
	await expect(page.getByRole('heading', { name: '2 membres prêts à être importés' })).toBeVisible();
	await expect(page.getByTestId('import-rows')).toContainText('Nouveau compte');
	await page.getByRole('button', { name: 'Importer 2 membres' }).click();
	await expect(page.getByText(/Import terminé\. Membres importés : 2 ; nouveaux comptes : 2 ; réactivations : 0 ; invitations en file d’envoi : 2\./)).toBeVisible();

	expect(await countMatching(page, stamp)).toMatch(/^2 membres sur/);
	const table = page.getByTestId('members-table');
	await expect(table).toContainText(`Denis ${stamp}`);
	await expect(table).toContainText('Compte non activé');

	await table.getByRole('link', { name: `Denis ${stamp}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Denis ${stamp}`);
	await expect(page.getByLabel('Collège', { exact: true })).toHaveValue(/\d+/);
	await expect(page.getByLabel('Type d’organisation')).toHaveValue('scic');
	await page.getByRole('button', { name: 'Envoyer une nouvelle invitation' }).click();
	await expect(page.getByLabel('Lien d’invitation', { exact: true })).toHaveValue(/\/invitations\/[a-z0-9]{20,}$/);
	await page.getByRole('checkbox', { name: 'Évaluation' }).check();
	await page.getByLabel('Poids de vote').fill('2');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByText('Modifications enregistrées.')).toBeVisible();
	await expect(page.getByText('Adhésion modifiée')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Membre votant' }).uncheck();
	await page.getByRole('checkbox', { name: 'Évaluation' }).uncheck();
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByText('Choisissez au moins un rôle.')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Désactiver ce membre' }).click();
	await expect(page.getByText('Membre désactivé.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Réactiver ce membre' })).toBeVisible();

	await open(page, `${DEMO_COUNCIL}/members?q=${stamp}&status=deactivated`);
	await expect(page.getByTestId('members-table')).toContainText(`Denis ${stamp}`);
	await expect(page.getByTestId('members-table')).not.toContainText(`Emma ${stamp}`);
});

test('the template can be downloaded', async ({ page }) => {
	await login(page, DEMO.secretariat);
	const response = await page.request.get(`${DEMO_COUNCIL}/members/import/template.csv`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	const body = await response.text();
	expect(body).toContain('nom;email;organisation;type_organisation;college;roles');
	expect(body).toContain('Acteurs de l’ESS');
});
