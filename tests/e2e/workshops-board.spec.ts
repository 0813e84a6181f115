// Workshops: two participants see each other's contributions and upvotes live; a facilitator clusters,
// retains and turns a cluster into a proposal draft that shows its provenance.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';

async function createWorkshop(page: Page, title: string): Promise<string> {
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await expectAccessible(page);
	await page.getByLabel('Titre').fill(title);
	await page.getByLabel('Thème').selectOption({ label: 'Commande publique responsable (SPASER, clauses sociales)' });
	await page.getByLabel('Mandat').fill('Préparer des **propositions** pour la plénière.');
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Karim Benali' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).pathname;
}

test.slow();

test('participants see contributions and upvotes live; a facilitator clusters and drafts a proposal', async ({ page, browser }) => {
	const title = `Atelier e2e ${Date.now()}`;
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/workshops`);
	await expect(page.getByRole('heading', { level: 1, name: 'Ateliers thématiques' })).toBeVisible();
	await expectAccessible(page);
	const path = await createWorkshop(page, title);
	// the same title the same year is refused next to the field
	await page.goto(`${DEMO_COUNCIL}/workshops/new`);
	await page.getByLabel('Titre').fill(` ${title.toUpperCase()} `);
	await page.getByLabel('Animateurs et animatrices').selectOption({ label: 'Karim Benali' });
	await page.getByRole('button', { name: 'Créer l’atelier' }).click();
	await expect(page.getByText('Un atelier porte déjà ce titre cette année')).toBeVisible();
	await expect(page.getByLabel('Titre')).toHaveAttribute('aria-invalid', 'true');
	await page.goto(`${path}/edit`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
	await expect(page.getByLabel('Thème')).toHaveValue(/\d+/);
	await expectAccessible(page);

	// a member joins; the facilitator (Karim, a member) is already in
	const chair = await personPage(browser, DEMO.chair);
	await chair.goto(path);
	await chair.getByRole('button', { name: 'Rejoindre l’atelier' }).click();
	await expect(chair.getByRole('button', { name: 'Quitter l’atelier' })).toBeVisible();
	await expectAccessible(chair);

	const karim = await personPage(browser, DEMO.member);
	await karim.goto(`${path}/board`);
	await chair.goto(`${path}/board`);
	await expect(karim.getByRole('heading', { level: 1 })).toContainText('Tableau des contributions');
	await expectAccessible(karim);

	// an empty contribution is refused next to the field
	await karim.getByRole('button', { name: 'Publier' }).click();
	await expect(karim.getByLabel('Votre contribution')).toHaveAttribute('aria-invalid', 'true');
	await expect(karim.getByText('Ce champ est obligatoire.')).toBeVisible();

	// Karim posts: Claire sees it without reloading
	await karim.getByLabel('Type').selectOption({ label: 'Idée' });
	await karim.getByLabel('Votre contribution').fill('Allotir les marchés de propreté pour les SIAE');
	await karim.getByRole('button', { name: 'Publier' }).click();
	const onChair = chair.getByTestId('contribution').filter({ hasText: 'Allotir les marchés de propreté pour les SIAE' });
	await expect(onChair).toBeVisible();

	// Claire posts and upvotes Karim's: Karim sees both without reloading
	await chair.getByLabel('Type').selectOption({ label: 'Besoin' });
	await chair.getByLabel('Votre contribution').fill('Former les acheteurs aux clauses sociales');
	await chair.getByRole('button', { name: 'Publier' }).click();
	await onChair.getByRole('button', { name: /Soutenir/ }).click();
	const first = karim.getByTestId('contribution').filter({ hasText: 'Allotir les marchés de propreté pour les SIAE' });
	await expect(first.getByTestId('votes')).toHaveText('1 vote');
	const second = karim.getByTestId('contribution').filter({ hasText: 'Former les acheteurs aux clauses sociales' });
	await expect(second).toBeVisible();

	// Claire may not cluster
	await expect(chair.getByRole('button', { name: 'Créer le regroupement' })).toHaveCount(0);

	// Karim clusters both, retains the cluster and turns it into a proposal draft
	await first.getByLabel(/Sélectionner/).check();
	await second.getByLabel(/Sélectionner/).check();
	await karim.getByLabel('Nom du regroupement').fill('Clauses sociales');
	await karim.getByRole('button', { name: 'Créer le regroupement' }).click();
	const cluster = karim.getByTestId('cluster').filter({ hasText: 'Clauses sociales' });
	await expect(cluster.getByTestId('contribution')).toHaveCount(2);
	await expect(chair.getByTestId('cluster').filter({ hasText: 'Clauses sociales' }).getByTestId('contribution')).toHaveCount(2);
	// a second cluster with the same name is refused next to the field
	await karim.getByLabel('Nom du regroupement').fill('clauses sociales');
	await karim.getByRole('button', { name: 'Créer le regroupement' }).click();
	await expect(karim.getByText('Un regroupement porte déjà ce nom dans cet atelier.')).toBeVisible();
	await expect(karim.getByLabel('Nom du regroupement')).toHaveAttribute('aria-invalid', 'true');
	await expect(karim.getByTestId('cluster')).toHaveCount(1);
	await cluster.getByRole('button', { name: /Retenir le regroupement/ }).click();
	await cluster.getByRole('link', { name: /En faire une proposition/ }).click();
	await expect(karim.getByRole('heading', { level: 1, name: 'Rédiger une proposition issue de l’atelier' })).toBeVisible();
	await expectAccessible(karim);
	await karim.getByLabel('Résumé').fill('Des marchés accessibles aux structures d’insertion.');
	await karim.getByRole('button', { name: 'Créer le brouillon de proposition' }).click();
	await expect(karim).toHaveURL(/\/proposals\/\d+$/);
	const provenance = karim.getByTestId('provenance');
	await expect(provenance).toContainText(title);
	await expect(provenance).toContainText('Clauses sociales');
	await expect(provenance).toContainText('2 contributions');

	// Claire contributed: she is asked to co-sign on the workshop page, and accepts
	await chair.goto(path);
	await expect(chair.getByRole('heading', { name: 'Propositions à cosigner' })).toBeVisible();
	await chair.getByRole('button', { name: 'Accepter' }).click();
	await expect(chair.getByRole('heading', { name: 'Propositions à cosigner' })).toHaveCount(0);
	await karim.reload();
	await expect(karim.getByText(/Claire Weber/)).toBeVisible();
});
