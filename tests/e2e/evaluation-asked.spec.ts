// Issue 13, section 3: people are asked (notified when a questionnaire opens, reminded, counted per college) and
// private answers stay private (interview notes, interviewees and free-text answers are the evaluation team's;
// everyone else reads the excerpts it published), and closing an approval round asks first.
import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, personPage } from './fixtures';
import { pdfPages } from '../../src/lib/server/pdf-pages';

// the demo's first interview notes (the part its published excerpt left out), an interviewee, an answer nobody published
const SECRETS = ['(3 à 5 ans) et des locaux partagés', 'Élue déléguée à l’ESS', 'Six porteurs de projets', 'Le fonds d’amorçage a été décisif pour notre lancement.'];
const EXCERPTS = ['Les réseaux saluent la continuité du fonds d’amorçage et demandent un accompagnement à la consolidation.', 'Il manque des locaux abordables pour les structures qui grandissent.'];
const QUESTIONNAIRE = 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020';

async function planUrl(page: Page): Promise<string> {
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PLDESS 2016-2020' })).toBeVisible();
	return page.url();
}

async function readsNoSecret(page: Page, url: string, excerpts: string[]) {
	await page.goto(url);
	const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
	for (const secret of SECRETS) expect(text, `${url} shows « ${secret} »`).not.toContain(secret);
	for (const excerpt of excerpts) expect(text, `${url} misses « ${excerpt} »`).toContain(excerpt);
}

test('a logged-out visitor and a member read no interview note, no interviewee and no free-text answer: only the published excerpts', async ({ page, browser }) => {
	test.setTimeout(90_000);
	const plan = await planUrl(page);
	await page.goto(`${plan}/evaluation`);
	await page.getByRole('link', { name: QUESTIONNAIRE }).click();
	await expect(page.getByRole('heading', { level: 1, name: QUESTIONNAIRE })).toBeVisible();
	const questionnaire = page.url();

	// logged out: the evidence page, the questionnaire's results, the report, its PDF and the results CSV
	await readsNoSecret(page, `${plan}/evaluation/evidence`, [EXCERPTS[0]]);
	await expect(page.getByTestId('interviews-privacy')).toContainText('restent internes');
	await expect(page.getByTestId('interview-notes')).toHaveCount(0);
	await expectAccessible(page);
	await readsNoSecret(page, questionnaire, [EXCERPTS[1]]);
	await expect(page.getByText(/\d+ réponses libres, internes à l’équipe d’évaluation\./)).toBeVisible();
	await expectAccessible(page);
	await readsNoSecret(page, `${plan}/report`, EXCERPTS);
	const pdf = pdfPages(await (await page.request.get(`${plan}/report.pdf`)).body())
		.join('\n')
		.replace(/\s+/g, ' ');
	for (const secret of SECRETS) expect(pdf).not.toContain(secret);
	expect(pdf).toContain('Il manque des locaux abordables');
	const csv = await (await page.request.get(`${questionnaire}/results.csv`)).text();
	expect(csv).not.toContain(SECRETS[3]);
	expect(csv).toContain(EXCERPTS[1]);

	// a member reads the same
	const member = await personPage(browser, DEMO.member);
	await readsNoSecret(member, `${plan}/evaluation/evidence`, [EXCERPTS[0]]);
	await readsNoSecret(member, questionnaire, [EXCERPTS[1]]);
	await readsNoSecret(member, `${plan}/report`, EXCERPTS);
	expect(await (await member.request.get(`${questionnaire}/results.csv`)).text()).not.toContain(SECRETS[3]);
	await member.context().close();

	// the evaluation team reads the notes and the answers, marked internal
	const evaluator = await personPage(browser, DEMO.evaluator);
	await evaluator.goto(`${plan}/evaluation/evidence`);
	await expect(evaluator.getByTestId('interview-notes').first()).toContainText(SECRETS[0]);
	await evaluator.goto(questionnaire);
	await expect(evaluator.getByTestId('free-texts')).toContainText(SECRETS[3]);
	await expectAccessible(evaluator);
	await evaluator.context().close();
});

test('a member is notified of a questionnaire and answers it; the evaluator sees the rate per college, reminds, and publishes an excerpt', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const title = `Votre avis ${Date.now().toString(36)}`;
	const evaluator = await personPage(browser, DEMO.evaluator);
	const plan = await planUrl(evaluator);
	await evaluator.goto(`${plan}/evaluation`);
	await evaluator.getByText('Nouveau questionnaire').click();
	const create = evaluator.locator('form[action="?/questionnaire"]');
	await create.getByLabel('Titre du questionnaire').fill(title);
	await create.getByRole('radio', { name: 'Collèges choisis' }).check();
	await create.getByRole('checkbox', { name: 'Acteurs de l’ESS' }).check();
	await create.getByRole('button', { name: 'Créer et ajouter les questions' }).click();
	await expect(evaluator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const questionnaire = evaluator.url();
	await evaluator.getByLabel('Type de question').last().selectOption({ label: 'Texte libre' });
	await evaluator.locator('#qq-label').fill('Une remarque ?');
	await evaluator.getByRole('button', { name: 'Ajouter la question' }).click();
	await expect(evaluator.locator('ol.questions > li > div > strong')).toHaveText(['Une remarque ?']);
	await evaluator.getByRole('button', { name: 'Ouvrir le questionnaire aux réponses' }).click();
	await expect(evaluator.getByTestId('response-rate')).toContainText('Ont répondu : 0 sur');

	// the member finds it in their notifications and answers
	await login(page, DEMO.member);
	await page.goto('/notifications');
	await page.getByRole('link', { name: `Un questionnaire d’évaluation vous est adressé : « ${title} ». Votre réponse est attendue.` }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page
		.getByRole('group', { name: /Une remarque/ })
		.getByRole('textbox')
		.fill('Jeanne Dupont, de la régie, trouve les délais de paiement trop longs.');
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	await expect(page.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
	// the member sees that a free answer was given, not what it says
	await expect(page.getByText('Jeanne Dupont')).toHaveCount(0);
	await expect(page.getByText('1 réponse libre, interne à l’équipe d’évaluation.')).toBeVisible();

	// the evaluator: the rate per college, a reminder (not twice the same day), the answer, an excerpt
	await evaluator.reload();
	const rate = evaluator.getByRole('table', { name: `Taux de réponse par collège : ${title}` });
	await expect(
		rate
			.getByRole('row', { name: /Acteurs de l’ESS/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('1');
	await expect(evaluator.getByTestId('free-texts')).toContainText('Jeanne Dupont');
	await evaluator.getByRole('button', { name: 'Relancer les personnes qui n’ont pas encore répondu' }).click();
	await expect(evaluator.getByTestId('reminded')).toContainText(/\d+ personnes relancées\./);
	await evaluator.getByRole('button', { name: 'Relancer les personnes qui n’ont pas encore répondu' }).click();
	await expect(evaluator.getByTestId('reminded')).toContainText('0 personne relancée.');
	await expect(evaluator.getByTestId('reminded')).toContainText('déjà relancées il y a moins de 24 heures');
	await evaluator.getByText('Publier un extrait anonymisé').click();
	await evaluator.getByLabel('Extrait à publier').fill('Les délais de paiement sont jugés trop longs.');
	await evaluator.getByRole('button', { name: 'Publier l’extrait' }).click();
	await expect(evaluator.getByTestId('excerpts').locator('blockquote')).toHaveText(['Les délais de paiement sont jugés trop longs.']);
	await expectAccessible(evaluator);
	await evaluator.context().close();

	// everyone reads the excerpt, nobody else the answer
	await page.context().clearCookies();
	await page.goto(questionnaire);
	await expect(page.getByText('Les délais de paiement sont jugés trop longs.')).toBeVisible();
	await expect(page.getByText('Jeanne Dupont')).toHaveCount(0);
});

test.describe('closing an approval round without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('asks first, in a second step that says what closing would decide, and Cancel leaves the round open', async ({ page }) => {
		await login(page, DEMO.evaluator);
		const plan = await planUrl(page);
		await page.goto(`${plan}/evaluation/approval`);
		await page.getByRole('button', { name: 'Clore et valider les indicateurs approuvés' }).click();
		const step = page.getByTestId('close-step');
		await expect(step.getByRole('heading', { name: /^Clore « .+ » \?$/ })).toBeVisible();
		await expect(step).toContainText('Confirmez la clôture du tour : elle est définitive.');
		await expect(step.getByTestId('close-preview')).toContainText('Habitants déclarant connaître l’ESS');
		await expect(step.getByRole('button', { name: 'Clore définitivement' })).toBeVisible();
		// (axe needs scripts: the same confirmation is scanned in its dialog by the next test)
		await step.getByRole('link', { name: 'Annuler' }).click();
		await expect(page.getByTestId('close-step')).toHaveCount(0);
		await expect(page.getByText('Ouvert', { exact: true }).first()).toBeVisible();
	});
});

test('closing an approval round asks in an accessible dialog, and Cancel leaves it open', async ({ page }) => {
	await login(page, DEMO.evaluator);
	const plan = await planUrl(page);
	await page.goto(`${plan}/evaluation/approval`);
	await expect(page.getByTestId('round-participation').first()).toContainText('Participation');
	const close = page.getByRole('button', { name: 'Clore et valider les indicateurs approuvés' });
	// the dialog opens once the page is interactive (before, the click is the form's first step: both ask first)
	await expect(async () => {
		// clicked before the page was interactive, the click was the form's first step: back, and again
		if (await page.getByTestId('close-step').count()) await page.getByTestId('close-step').getByRole('link', { name: 'Annuler' }).click();
		await close.click();
		await expect(page.getByRole('dialog')).toBeVisible({ timeout: 1000 });
	}).toPass();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { name: /^Clore « .+ » \?$/ })).toBeVisible();
	await expect(dialog).toContainText('La clôture est définitive');
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Annuler' }).click();
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(close).toBeVisible();
});
