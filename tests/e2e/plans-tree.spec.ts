import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

const ADOPTED_PROPOSAL = 'Une plateforme d’achats responsables';

/** The editor's rows, in order (one per node, nested ones indented). */
const titles = (page: Page) => page.locator('.row-node > .line strong').allTextContents();
const row = (page: Page, title: string) => page.getByTestId('tree-node').filter({ has: page.locator('.line strong', { hasText: new RegExp(`^${title}$`) }) });

/** Headless Chromium does not start a native drag from emulated mouse moves: the drag events are dispatched. */
async function drag(page: Page, from: Locator, to: () => Locator) {
	const data = await page.evaluateHandle(() => new DataTransfer());
	await from.dispatchEvent('dragstart', { dataTransfer: data });
	await to().dispatchEvent('dragover', { dataTransfer: data });
	await to().dispatchEvent('drop', { dataTransfer: data });
	await from.dispatchEvent('dragend', { dataTransfer: data });
}

async function addUnder(page: Page, parent: string, title: string, kind?: string) {
	const details = row(page, parent).locator('details', { hasText: 'Ajouter dessous' });
	await details.locator('summary').click();
	if (kind) await details.getByLabel('Type').selectOption({ label: kind });
	await details.getByLabel('Titre').fill(title);
	await details.getByRole('button', { name: 'Ajouter', exact: true }).click();
	await expect(page.getByTestId('announce')).toHaveText(`« ${title} » ajouté.`);
}

test('the secretariat reorders the plan tree by drag and drop and by keyboard, moves an indicator and links an adopted proposal', async ({ page }) => {
	test.setTimeout(120_000);
	const title = `Plan arbre ${Date.now()}`;
	const indicator = `Structures accompagnées ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Année de début').fill('2040');
	await page.getByLabel('Année de fin').fill('2042');
	await page.getByRole('button', { name: 'Créer le plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Structure du plan' })).toBeVisible();

	const addPrinciple = page.getByRole('region', { name: 'Ajouter un principe' });
	for (const name of ['Principe A', 'Principe B', 'Principe C']) {
		await addPrinciple.getByLabel('Titre').fill(name);
		await addPrinciple.getByRole('button', { name: 'Ajouter' }).click();
		await expect(page.getByTestId('announce')).toHaveText(`« ${name} » ajouté.`);
	}
	await addUnder(page, 'Principe A', 'Objectif A1');
	await addUnder(page, 'Principe A', 'Objectif A2');
	await addUnder(page, 'Principe B', 'Objectif B1');
	expect(await titles(page)).toEqual(['Principe A', 'Objectif A1', 'Objectif A2', 'Principe B', 'Objectif B1', 'Principe C']);
	// the drag handles show once the page runs its scripts
	await expect(row(page, 'Principe C').locator('.handle')).toBeVisible();

	// with the mouse: a principle dropped on another takes its place
	await drag(page, row(page, 'Principe C').getByTestId('drag-node'), () => row(page, 'Principe A').locator('.line'));
	await expect(page.getByTestId('announce')).toHaveText('« Principe C » déplacé : position 1 sur 3 sous la racine du plan.');
	await expect.poll(() => titles(page)).toEqual(['Principe C', 'Principe A', 'Objectif A1', 'Objectif A2', 'Principe B', 'Objectif B1']);
	// an objective dropped into another principle goes last under it
	await drag(page, row(page, 'Objectif A1').getByTestId('drag-node'), () => row(page, 'Principe B').getByTestId('drop-inside'));
	await expect(page.getByTestId('announce')).toHaveText('« Objectif A1 » déplacé : position 2 sur 2 sous Principe B.');
	await expect.poll(() => titles(page)).toEqual(['Principe C', 'Principe A', 'Objectif A2', 'Principe B', 'Objectif B1', 'Objectif A1']);
	// what the tree rules refuse is not offered: a principle has no "drop into" area for another principle
	const data = await page.evaluateHandle(() => new DataTransfer());
	await row(page, 'Principe C').getByTestId('drag-node').dispatchEvent('dragstart', { dataTransfer: data });
	await expect(row(page, 'Objectif B1').getByTestId('drop-inside')).toHaveCount(0);
	await expect(row(page, 'Principe B').getByTestId('drop-inside')).toHaveCount(0);
	await row(page, 'Principe C').getByTestId('drag-node').dispatchEvent('dragend', { dataTransfer: data });

	// with the keyboard: the buttons stay, keep the focus and announce the move
	await page.getByRole('button', { name: 'Monter « Objectif A1 »', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('announce')).toHaveText('« Objectif A1 » déplacé : position 1 sur 2 sous Principe B.');
	await expect(page.getByRole('button', { name: 'Descendre « Objectif A1 »', exact: true })).toBeFocused();
	await expect.poll(() => titles(page)).toEqual(['Principe C', 'Principe A', 'Objectif A2', 'Principe B', 'Objectif A1', 'Objectif B1']);
	await expectAccessible(page);
	await page.reload();
	expect(await titles(page)).toEqual(['Principe C', 'Principe A', 'Objectif A2', 'Principe B', 'Objectif A1', 'Objectif B1']);

	// an indicator on Objectif A1, dragged to Objectif A2
	const addIndicator = row(page, 'Objectif A1').locator('details', { hasText: 'Ajouter un indicateur' });
	await addIndicator.locator('summary').click();
	await addIndicator.getByLabel('Nom').fill(indicator);
	await addIndicator.getByLabel('Valeur de référence').fill('10');
	await addIndicator.getByLabel('Date de référence').fill('2039-12-31');
	await addIndicator.getByLabel('Cible', { exact: true }).fill('40');
	await addIndicator.getByLabel('Date de la cible').fill('2042-12-31');
	await addIndicator.getByRole('button', { name: 'Ajouter un indicateur' }).click();
	await expect(page.getByTestId('announce')).toHaveText(`Indicateur « ${indicator} » ajouté, à l’état proposé.`);
	await expect(row(page, 'Principe C').locator('.handle')).toBeVisible();
	await drag(page, page.getByTestId('editor-indicator').filter({ hasText: indicator }), () => row(page, 'Objectif A2').locator('.line'));
	await expect(page.getByTestId('announce')).toHaveText(`Indicateur « ${indicator} » déplacé : position 1 sur 1 sous « Objectif A2 ».`);
	await expect(row(page, 'Objectif A2').getByRole('list', { name: 'Indicateurs de « Objectif A2 »' })).toContainText(indicator);
	await expect(row(page, 'Objectif A1').getByTestId('editor-indicator')).toHaveCount(0);

	// an action under Objectif B1 serves an adopted proposal, chosen by its title
	await addUnder(page, 'Objectif B1', 'Action B1a', 'Action');
	const links = row(page, 'Action B1a').locator('details', { hasText: 'Propositions et ateliers liés' });
	await links.locator('summary').click();
	await links.getByRole('button', { name: 'Lier' }).click();
	await expect(links.getByLabel('Proposition adoptée ou atelier')).toHaveAttribute('aria-invalid', 'true');
	await expect(links.getByText('Choisissez une proposition adoptée ou un atelier.')).toBeVisible();
	await links.getByLabel('Proposition adoptée ou atelier').selectOption({ label: ADOPTED_PROPOSAL });
	await links.getByRole('button', { name: 'Lier' }).click();
	await expect(page.getByTestId('announce')).toHaveText('Lien ajouté.');
	await expect(links.getByRole('link', { name: ADOPTED_PROPOSAL })).toHaveAttribute('href', /\/proposals\/\d+$/);
	await expectAccessible(page);
	await page.setViewportSize({ width: 360, height: 800 }); // usable on a phone: no horizontal scrolling
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 720 });

	// the indicator page moves it to another objective, with the error next to the field
	await page.getByRole('link', { name: indicator }).click();
	await expect(page.getByRole('heading', { level: 1, name: indicator })).toBeVisible();
	await expect(page.getByText('Objectif stratégique : Objectif A2')).toBeVisible();
	const move = page.getByRole('region', { name: 'Déplacer vers un autre objectif' });
	await move.getByRole('button', { name: 'Déplacer' }).click();
	await expect(move.getByLabel('Nouvel objectif')).toHaveAttribute('aria-invalid', 'true');
	await expect(move.getByText('Choisissez un objectif.')).toBeVisible();
	await move.getByLabel('Nouvel objectif').selectOption({ label: 'Objectif stratégique : Objectif B1' });
	await move.getByRole('button', { name: 'Déplacer' }).click();
	await expect(page.getByText('Indicateur déplacé sous « Objectif B1 ».')).toBeVisible();
	await expect(page.getByText('Objectif stratégique : Objectif B1')).toBeVisible();
	await expectAccessible(page);
	await page.setViewportSize({ width: 360, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.setViewportSize({ width: 1280, height: 720 });

	// the plan shows the indicator under its new objective and the action served by the proposal, by title
	await page.getByRole('link', { name: `← ${title}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Indicateurs de « Objectif B1 »' })).toContainText(indicator);
	await expect(page.getByRole('list', { name: 'Indicateurs de « Objectif A2 »' })).toHaveCount(0);
	await expect(page.getByText(`Servie par : ${ADOPTED_PROPOSAL}`)).toBeVisible();
	await expectAccessible(page);
});

test('the secretariat names who is responsible for an indicator, enters and corrects its values, each error next to its own form', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const title = `Plan responsable ${Date.now()}`;
	const indicator = `Heures d’insertion ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Année de début').fill('2050');
	await page.getByLabel('Année de fin').fill('2052');
	await page.getByRole('button', { name: 'Créer le plan' }).click();
	const addPrinciple = page.getByRole('region', { name: 'Ajouter un principe' });
	await addPrinciple.getByLabel('Titre').fill('Principe R');
	await addPrinciple.getByRole('button', { name: 'Ajouter' }).click();
	await expect(page.getByTestId('announce')).toHaveText('« Principe R » ajouté.');
	await addUnder(page, 'Principe R', 'Objectif R1');

	// docs/domain.md, 'Indicators': an indicator names the member responsible for it
	const addIndicator = row(page, 'Objectif R1').locator('details', { hasText: 'Ajouter un indicateur' });
	await addIndicator.locator('summary').click();
	await addIndicator.getByLabel('Nom').fill(indicator);
	await addIndicator.getByLabel('Valeur de référence').fill('10');
	await addIndicator.getByLabel('Date de référence').fill('2049-12-31');
	await addIndicator.getByLabel('Cible', { exact: true }).fill('40');
	await addIndicator.getByLabel('Date de la cible').fill('2052-12-31');
	await addIndicator.getByLabel('Responsable').selectOption({ label: 'Élise Rivière (Les Petites Rivières (évaluation))' });
	await addIndicator.getByRole('button', { name: 'Ajouter un indicateur' }).click();
	await expect(page.getByTestId('announce')).toHaveText(`Indicateur « ${indicator} » ajouté, à l’état proposé.`);
	await expectAccessible(page);

	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: title }).click();
	await page.getByRole('link', { name: indicator }).click();
	await expect(page.getByRole('heading', { level: 1, name: indicator })).toBeVisible();
	await expect(page.locator('dt', { hasText: 'Responsable' }).locator('+ dd')).toHaveText('Élise Rivière');

	// a second value for the same date is refused next to the date, the existing value written the French way
	const add = page.getByRole('region', { name: 'Ajouter une valeur' });
	await add.getByLabel('Date', { exact: true }).fill('2050-12-31');
	await add.getByLabel('Valeur', { exact: true }).fill('12,5');
	await add.getByRole('button', { name: 'Ajouter une valeur' }).click();
	await expect(page.getByTestId('series-table')).toContainText('12,5');
	await add.getByLabel('Date', { exact: true }).fill('2050-12-31');
	await add.getByLabel('Valeur', { exact: true }).fill('13');
	await add.getByRole('button', { name: 'Ajouter une valeur' }).click();
	await expect(add.getByText('Une valeur existe déjà à cette date (12,5) : corrigez-la plutôt.')).toBeVisible();
	await expect(add.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');

	// a correction's too long reason is shown under that correction, not under the add form
	// (a page opened before, without JavaScript: no live refresh brings it up to date)
	const stale = await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false, storageState: await page.context().storageState() }).then((c) => c.newPage());
	await stale.goto(page.url());
	const correction = page.locator('details', { hasText: 'Corriger 2050-12-31' });
	await correction.locator('summary').click();
	await correction.getByLabel('Valeur corrigée').fill('14');
	await correction.getByLabel('Motif de la correction').fill('x'.repeat(2001));
	await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
	await expect(correction.getByLabel('Motif de la correction')).toHaveAttribute('aria-invalid', 'true');
	await expect(correction.getByText('Au plus 2000 caractères.')).toBeVisible();
	await expect(add.getByLabel('Commentaire', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
	await correction.getByLabel('Motif de la correction').fill('Relevé complet');
	await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
	await expect(page.getByText('Valeur corrigée ; l’ancienne reste dans l’historique.')).toBeVisible();

	// someone who corrects the same value from a page opened before is told it was corrected meanwhile
	const staleCorrection = stale.locator('details', { hasText: 'Corriger 2050-12-31' });
	await staleCorrection.locator('summary').click();
	// the value to correct is written the French way
	await expect(staleCorrection.getByLabel('Valeur corrigée')).toHaveValue('12,5');
	await staleCorrection.getByLabel('Valeur corrigée').fill('15');
	await staleCorrection.getByRole('button', { name: 'Enregistrer la correction' }).click();
	await expect(stale.getByRole('alert').filter({ hasText: 'Cette valeur a déjà été corrigée ou retirée.' })).toBeVisible();
	await stale.context().close();

	// a hand-written validation cannot pass for a vote of the vote engine
	await page.getByLabel('Référence de la validation').fill('vote:1');
	await page.getByRole('button', { name: 'Marquer comme validé' }).click();
	await expect(page.getByLabel('Référence de la validation')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('les votes et les tours d’approbation s’enregistrent d’eux-mêmes')).toBeVisible();
	await expect(page.locator('.badge', { hasText: 'Proposé' })).toBeVisible();

	// the edit form keeps the responsible member, and can name nobody
	const edit = page.locator('details', { hasText: 'Modifier la définition de l’indicateur' });
	await edit.locator('summary').click();
	await expect(edit.getByLabel('Responsable')).toHaveValue(/^[1-9]\d*$/);
	await expect(edit.getByLabel('Valeur de référence')).toHaveValue('10');
	await edit.getByLabel('Responsable').selectOption({ label: 'Personne (à désigner)' });
	await edit.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.locator('dt', { hasText: 'Responsable' }).locator('+ dd')).toHaveText('—');
});
