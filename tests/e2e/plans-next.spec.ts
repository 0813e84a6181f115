import { expect, test } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login } from './fixtures';

test('the secretariat builds a plan with the keyboard, evaluates it and drafts the next plan from its recommendations', async ({ page }) => {
	test.setTimeout(120_000);
	const title = `Plan test ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByLabel('Titre').fill(`${title} 2030-2032`);
	await page.getByLabel('Année de début').fill('2030');
	await page.getByLabel('Année de fin').fill('2032');
	await page.getByRole('button', { name: 'Créer le plan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Structure du plan' })).toBeVisible();

	// two principles, then reorder with the keyboard: the focus stays on the button and the move is announced
	const addPrinciple = page.getByRole('region', { name: 'Ajouter un principe' });
	await addPrinciple.getByLabel('Titre').fill('Principe A');
	await addPrinciple.getByRole('button', { name: 'Ajouter' }).click();
	await expect(page.getByTestId('announce')).toHaveText('« Principe A » ajouté.');
	await addPrinciple.getByLabel('Titre').fill('Principe B');
	await addPrinciple.getByRole('button', { name: 'Ajouter' }).click();
	await expect(page.getByTestId('announce')).toHaveText('« Principe B » ajouté.');
	const up = page.getByRole('button', { name: 'Monter « Principe B »', exact: true });
	await up.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('announce')).toHaveText('« Principe B » déplacé : position 1 sur 2 sous la racine du plan.');
	// B is first now: its "up" button is disabled, so the focus moved to its "down" button
	await expect(page.getByRole('button', { name: 'Descendre « Principe B »', exact: true })).toBeFocused();
	await expect(page.locator('.row-node strong').first()).toHaveText('Principe B');
	await expectAccessible(page);

	// an objective under principle A, with an indicator
	const addUnderA = page.locator('.row-node', { hasText: 'Principe A' }).first().locator('details', { hasText: 'Ajouter dessous' });
	await addUnderA.getByText('Ajouter dessous').click();
	await addUnderA.getByLabel('Titre').fill('Objectif A1');
	await addUnderA.getByRole('button', { name: 'Ajouter' }).click();
	await expect(page.getByTestId('announce')).toHaveText('« Objectif A1 » ajouté.');
	// an action under it, serving a workshop
	const addUnderA1 = page.locator('.row-node', { hasText: 'Objectif A1' }).first().locator('details', { hasText: 'Ajouter dessous' });
	await addUnderA1.getByText('Ajouter dessous').click();
	await addUnderA1.getByLabel('Type').selectOption({ label: 'Action' });
	await addUnderA1.getByLabel('Titre').fill('Action A1a');
	await addUnderA1.getByRole('button', { name: 'Ajouter' }).click();
	await expect(page.getByTestId('announce')).toHaveText('« Action A1a » ajouté.');
	const links = page.locator('.row-node', { hasText: 'Action A1a' }).locator('details', { hasText: 'Propositions et ateliers liés' });
	await links.getByText('Propositions et ateliers liés').click();
	await links.getByLabel('Proposition adoptée ou atelier').selectOption({ label: 'Achats responsables : inclusion, handicap, ESS et IAE, achats verts' });
	await links.getByRole('button', { name: 'Lier' }).click();
	await expect(page.getByTestId('announce')).toHaveText('Lien ajouté.');
	await page
		.getByRole('link', { name: new RegExp(title) })
		.first()
		.click();

	// adopt, start the evaluation, create the campaign
	await page.getByRole('button', { name: 'Adopter le plan' }).click();
	await expect(page.getByText('Adopté')).toBeVisible();
	await page.getByRole('button', { name: 'Lancer l’évaluation' }).click();
	await expect(page.getByText('En évaluation')).toBeVisible();
	await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await page.getByLabel('Titre de l’évaluation').fill(`Évaluation ${title}`);
	await page.getByRole('button', { name: 'Lancer l’évaluation' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: `Évaluation ${title}` })).toBeVisible();

	// the steering committee: the filter narrows 100+ members without unticking anyone
	const committee = page.getByRole('region', { name: 'Comité de pilotage' });
	await committee.getByText('Composer le comité').click();
	await committee.getByLabel('Filtrer par nom ou organisation').fill('diallo');
	await expect(committee.getByRole('checkbox', { name: /Anne Diallo/ })).toBeVisible();
	await expect(committee.getByRole('checkbox', { name: /Antoine Roux/ })).toBeHidden();
	await committee.getByRole('checkbox', { name: /Anne Diallo/ }).check();
	await committee.getByLabel('Filtrer par nom ou organisation').fill('roux');
	await committee.getByRole('checkbox', { name: /Antoine Roux/ }).check();
	await expect(committee.getByTestId('committee-count')).toHaveText('2 membres choisis');
	await committee.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(committee.getByTestId('committee-list')).toContainText('Anne Diallo');
	await expect(committee.getByTestId('committee-list')).toContainText('Antoine Roux');
	await expectAccessible(page);

	// a recommendation on the objective
	await page.getByRole('link', { name: 'Recommandations' }).click();
	await page.getByLabel('Recommandation', { exact: true }).fill('Doubler les moyens de l’objectif A1.');
	await page.getByLabel('Élément visé').selectOption({ label: 'Objectif stratégique — Objectif A1' });
	await page.getByLabel('Priorité').selectOption({ label: 'Priorité haute' });
	await page.getByRole('button', { name: 'Ajouter une recommandation' }).click();
	// (the text is also in the closed "edit" form's textarea: look at the list item's paragraph)
	await expect(page.locator('li.card > p', { hasText: 'Doubler les moyens de l’objectif A1.' })).toBeVisible();
	await expectAccessible(page);
	// edit it in place: a blank text is refused next to the field, then the new text and priority are kept
	const rec = page.locator('li.card', { hasText: 'Doubler les moyens de l’objectif A1.' });
	await rec.getByText('Modifier').click();
	await rec.getByLabel('Recommandation', { exact: true }).fill('   ');
	await rec.getByRole('button', { name: 'Enregistrer la recommandation' }).click();
	await expect(rec.getByLabel('Recommandation', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(rec.locator('p.error')).toBeVisible();
	await rec.getByLabel('Recommandation', { exact: true }).fill('Doubler les moyens de l’objectif A1 dès 2033.');
	await rec.getByLabel('Priorité').selectOption({ label: 'Priorité basse' });
	await rec.getByRole('button', { name: 'Enregistrer la recommandation' }).click();
	const edited = page.locator('li.card', { hasText: 'Doubler les moyens de l’objectif A1 dès 2033.' });
	await expect(edited.locator('.badge')).toHaveText('Priorité basse');
	await expect(edited).toContainText('Objectif A1');
	await expectAccessible(page);

	// draft the next plan: untick principle B
	await page.getByRole('link', { name: 'Préparer le plan suivant' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Préparer le plan suivant' })).toBeVisible();
	await expect(page.getByLabel('Titre')).toHaveValue(`${title} 2033-2038`);
	await expect(page.getByRole('list', { name: 'Recommandations sur « Objectif A1 »' })).toContainText('Doubler les moyens');
	await page.getByRole('checkbox', { name: /Principe B/ }).uncheck();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Créer le projet de plan suivant' }).click();

	await expect(page.getByRole('heading', { level: 1, name: `${title} 2033-2038` })).toBeVisible();
	await expect(page.getByText('Projet de plan créé à partir de l’évaluation.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Objectif A1' })).toBeVisible();
	await expect(page.getByText('Répond à 1 recommandation de l’évaluation précédente.')).toBeVisible();
	// the draft shows the text of the recommendation it answers, and the API gives it too
	await expect(page.getByRole('list', { name: 'Répond à 1 recommandation de l’évaluation précédente.' })).toContainText('Doubler les moyens de l’objectif A1 dès 2033.');
	await expect(page.getByRole('heading', { name: 'Principe B' })).toHaveCount(0);
	await expect(page.getByText('Servie par : Achats responsables : inclusion, handicap, ESS et IAE, achats verts')).toBeVisible();

	// adopting it leaves the evaluated plan under evaluation (late values, the end of its evaluation) until it is closed
	await page.getByRole('button', { name: 'Adopter le plan', exact: true }).click();
	await expect(page.getByText('Adopté')).toBeVisible();
	await page.getByRole('link', { name: `${title} 2030-2032` }).click();
	await expect(page.getByText('En évaluation', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Clore le plan' }).click();
	await expect(page.getByText('Clos', { exact: true })).toBeVisible();
	await expectAccessible(page);
	// the next plan is drafted already: its "prepare" page now leads to it rather than to a dead end
	await page.goto(`${page.url()}/next`);
	await expect(page.getByRole('heading', { level: 1, name: `${title} 2033-2038` })).toBeVisible();
});
