import { expect, test } from '@playwright/test';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEMO, DEMO_COUNCIL, e2eDatabaseDir, expectAccessible, login, personPage } from './fixtures';

test('a member answers the anonymous questionnaire once and the results update live for the evaluator', async ({ page, browser }) => {
	test.setTimeout(90_000);
	// the evaluator watches the results
	const evaluator = await personPage(browser, DEMO.evaluator);
	await evaluator.goto(`${DEMO_COUNCIL}/plans`);
	await evaluator.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await evaluator.getByRole('link', { name: 'Évaluation', exact: true }).click();
	await expect(evaluator.getByRole('heading', { level: 1, name: 'Évaluation du PLDESS 2016-2020' })).toBeVisible();
	await expectAccessible(evaluator);
	await evaluator.getByRole('link', { name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' }).click();
	const count = evaluator.getByTestId('response-count');
	await expect(count).toHaveText(/^\d+ réponses?$/);
	const before = Number((await count.textContent())!.match(/\d+/)![0]);
	await expect(evaluator.getByRole('table', { name: 'Réponses à « Votre structure a-t-elle bénéficié d’un dispositif du plan ? »' })).toBeVisible();
	await expectAccessible(evaluator);

	// the member finds the questionnaire on the plan page and answers it
	await login(page, DEMO.member);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Répondre au questionnaire « Questionnaire aux acteurs : bilan du PLDESS 2016-2020 »' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020' })).toBeVisible();
	await expect(page.getByText(/Questionnaire anonyme/)).toBeVisible();
	await expectAccessible(page);
	await page
		.getByRole('group', { name: /Votre structure a-t-elle bénéficié/ })
		.getByLabel('Oui')
		.check();
	await page
		.getByRole('group', { name: /satisfait du plan/ })
		.getByLabel('5', { exact: true })
		.check();
	await page
		.getByRole('group', { name: /Que faudrait-il changer/ })
		.getByRole('textbox')
		.fill('Des permanences plus fréquentes dans les quartiers.');
	// a required question left out is refused next to it, and what was answered is kept
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	const principles = page.getByRole('group', { name: /Quels principes du plan/ });
	await expect(principles.getByText('Répondez à cette question.')).toBeVisible();
	await expect(page.getByRole('group', { name: /satisfait du plan/ }).getByLabel('5', { exact: true })).toBeChecked();
	await expectAccessible(page);
	await principles.getByLabel('Promotion et sensibilisation').check();
	await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
	await expect(page.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
	await expect(page.getByTestId('response-count')).toHaveText(`${before + 1} ${before + 1 === 1 ? 'réponse' : 'réponses'}`);
	// free-text answers are the evaluation team's: the member reads the published excerpts, not the answers
	await expect(page.getByText('Des permanences plus fréquentes dans les quartiers.')).toHaveCount(0);
	await expectAccessible(page);

	// the evaluator's page followed, without a reload
	await expect(evaluator.getByTestId('response-count')).toHaveText(`${before + 1} ${before + 1 === 1 ? 'réponse' : 'réponses'}`);
	await evaluator.reload();
	await expect(evaluator.getByText('Des permanences plus fréquentes dans les quartiers.')).toBeVisible();

	// one response per person
	await page.goto(page.url().replace(/\?.*$/, '') + '/answer');
	await expect(page.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Envoyer ma réponse' })).toHaveCount(0);
	await evaluator.context().close();
});

// Acceptance QA: the builder and the answer form without JavaScript, a college audience, the CSV, anonymity in the
// database, and refusals shown next to their field in the form they came from.
test.describe('questionnaires without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the evaluator builds a college questionnaire, a member of the college answers once, the CSV and the database keep no author', async ({ page, browser }) => {
		test.setTimeout(120_000);
		const title = `Questionnaire QA ${Date.now().toString(36)}`;
		await login(page, DEMO.evaluator);
		await page.goto(`${DEMO_COUNCIL}/plans`);
		await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
		await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
		const evaluationUrl = page.url();
		await page.getByText('Nouveau questionnaire').click();
		const create = page.locator('form[action="?/questionnaire"]');
		// a blank title is refused next to it, in this form only; the colleges chosen stay chosen
		await create.getByLabel('Titre du questionnaire').fill('   ');
		await create.getByRole('radio', { name: 'Collèges choisis' }).check();
		await create.getByRole('checkbox', { name: 'Acteurs de l’ESS' }).check();
		await create.getByRole('button', { name: 'Créer et ajouter les questions' }).click();
		await expect(create.getByText('Ce champ est obligatoire.')).toBeVisible();
		await expect(page.getByText('Ce champ est obligatoire.')).toHaveCount(1);
		await expect(create.getByRole('checkbox', { name: 'Acteurs de l’ESS' })).toBeChecked();
		await expect(create.getByRole('radio', { name: 'Collèges choisis' })).toBeChecked();
		await create.getByLabel('Titre du questionnaire').fill(title);
		await create.getByLabel('Réponses anonymes').check();
		await create.getByRole('button', { name: 'Créer et ajouter les questions' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		const questionnaireUrl = page.url();

		for (const [kind, label, options] of [
			['Choix unique', 'Connaissez-vous le plan ?', 'Oui\nNon'],
			['Choix multiple', 'Quels dispositifs ?', 'Fonds\nMois de l’ESS\nClauses'],
			['Échelle de 1 à 5', 'Utilité du plan', ''],
			['Texte libre', 'Vos remarques', '']
		]) {
			await page.getByLabel('Type de question').last().selectOption({ label: kind });
			await page.locator('#qq-label').fill(label);
			await page.locator('#qq-options').fill(options);
			if (kind === 'Texte libre') await page.locator('form[action="?/addQuestion"]').getByRole('checkbox').uncheck();
			await page.getByRole('button', { name: 'Ajouter la question' }).click();
			await expect(page.locator('ol.questions > li > div > strong').last()).toHaveText(label);
		}
		await page.getByRole('button', { name: 'Monter « Vos remarques »' }).click();
		await expect(page.locator('ol.questions > li > div > strong')).toHaveText(['Connaissez-vous le plan ?', 'Quels dispositifs ?', 'Vos remarques', 'Utilité du plan']);
		await page.getByRole('button', { name: 'Ouvrir le questionnaire aux réponses' }).click();
		await expect(page.getByText('Collèges choisis : Acteurs de l’ESS')).toBeVisible();

		// a member of another college is told to whom it is addressed, and a ballot posted anyway is refused
		// (contexts opened in this block inherit "no JavaScript": the axe scan needs it back)
		const chair = await (await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: true })).newPage();
		await login(chair, DEMO.chair);
		await chair.goto(`${questionnaireUrl}/answer`);
		await expect(chair.getByTestId('not-addressed')).toContainText('Acteurs de l’ESS');
		await expectAccessible(chair);
		const posted = await chair.request.post(`${questionnaireUrl}/answer`, {
			form: { q1: '0', q2: '0', q3: '3' },
			headers: { origin: new URL(questionnaireUrl).origin, 'x-sveltekit-action': 'true' }
		});
		expect(await posted.json()).toMatchObject({ type: 'failure', status: 400 });
		expect(await (await chair.request.get(`${questionnaireUrl}/results.csv`)).text()).not.toContain(',Oui,1');
		await chair.context().close();

		// the member answers without JavaScript; a second response is refused
		const member = await (await browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false })).newPage();
		await login(member, DEMO.member);
		await member.goto(`${questionnaireUrl}/answer`);
		await member
			.getByRole('group', { name: /Connaissez-vous le plan/ })
			.getByLabel('Non')
			.check();
		await member
			.getByRole('group', { name: /Quels dispositifs/ })
			.getByLabel('Fonds')
			.check();
		await member
			.getByRole('group', { name: /Quels dispositifs/ })
			.getByLabel('Clauses')
			.check();
		await member
			.getByRole('group', { name: /Utilité du plan/ })
			.getByLabel('4', { exact: true })
			.check();
		await member
			.getByRole('group', { name: /Vos remarques/ })
			.getByRole('textbox')
			.fill('=1+1 plus de locaux');
		await member.getByRole('button', { name: 'Envoyer ma réponse' }).click();
		await expect(member.getByText('Merci, votre réponse est enregistrée.')).toBeVisible();
		await expect(member.getByTestId('response-count')).toHaveText('1 réponse');
		const again = await member.request.post(`${questionnaireUrl}/answer`, {
			form: { q1: '0', q2: '1', q4: '2' },
			headers: { origin: new URL(questionnaireUrl).origin, 'x-sveltekit-action': 'true' }
		});
		expect(await again.text()).toContain('Vous avez déjà répondu : une seule réponse par personne.');
		await member.context().close();

		// the CSV: one line per option count and per free text, formulas neutralised, nobody named
		const csv = await (await page.request.get(`${questionnaireUrl}/results.csv`)).text();
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r?\n/);
		expect(lines[0]).toBe('question_id,question,kind,answered,option,count,mean,text');
		expect(lines.filter((l) => l.includes('Connaissez-vous le plan ?')).map((l) => l.split(',').slice(4, 6).join(','))).toEqual(['Oui,0', 'Non,1']);
		expect(lines.filter((l) => l.includes('Quels dispositifs ?')).map((l) => l.split(',').slice(4, 6).join(','))).toEqual(['Fonds,1', 'Mois de l’ESS,0', 'Clauses,1']);
		expect(lines.filter((l) => l.includes('Utilité du plan')).map((l) => l.split(',').slice(4, 7).join(','))).toEqual(['1,0,4', '2,0,4', '3,0,4', '4,1,4', '5,0,4']);
		expect(lines.find((l) => l.includes('Vos remarques'))).toMatch(/,"'=1\+1 plus de locaux"$/);
		expect(csv).not.toContain('membre@');

		// anonymity in the database: who answered is known, what they answered carries no person and no time
		const db = new Database(path.join(e2eDatabaseDir(), 'cocon.db'), { readonly: true });
		const q = db.prepare('select id from questionnaires where title = ?').get(title) as { id: number };
		const responses = db.prepare('select user_id, submitted_at from questionnaire_responses where questionnaire_id = ?').all(q.id);
		expect(responses).toEqual([{ user_id: null, submitted_at: null }]);
		expect(db.prepare('select count(*) n from questionnaire_participations where questionnaire_id = ?').get(q.id)).toEqual({ n: 1 });
		db.close();
		await page.goto(evaluationUrl);
	});

	test('a stage refused for too long a text says so next to the field, in the form of that stage', async ({ page }) => {
		await login(page, DEMO.evaluator);
		await page.goto(`${DEMO_COUNCIL}/plans`);
		await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
		await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
		const stage = page.locator('li', { has: page.getByRole('heading', { name: '3. Collecte des données' }) });
		await stage.getByText('Mettre à jour').click();
		// the fields hold at most what the server takes
		await expect(stage.getByLabel('Participants')).toHaveAttribute('maxlength', '5000');
		await expect(stage.getByLabel('Résultats')).toHaveAttribute('maxlength', '10000');
		// posted anyway (no JavaScript: the page comes back with the form), the refusal sits next to the field
		const response = await page.request.post(`${page.url()}?/stage`, {
			form: { stage: '3', status: 'done', participants: 'x'.repeat(5001), outputs: 'y'.repeat(10001) },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(response.status()).toBe(400);
		await page.setContent(await response.text());
		const refused = page.locator('li', { has: page.getByRole('heading', { name: '3. Collecte des données' }) });
		await expect(refused.locator('details')).toHaveAttribute('open', '');
		await expect(refused.getByText('Au plus 5000 caractères.')).toBeVisible();
		await expect(refused.getByLabel('Participants')).toHaveAttribute('aria-invalid', 'true');
		await expect(refused.getByText('Au plus 10000 caractères.')).toBeVisible();
		await expect(page.getByText('Au plus 5000 caractères.')).toHaveCount(1);
	});

	test('a refused finding keeps the evidence chosen, and too long interview notes are refused next to them', async ({ page }) => {
		await login(page, DEMO.evaluator);
		await page.goto(`${DEMO_COUNCIL}/plans`);
		await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
		await page.getByRole('link', { name: 'Évaluation', exact: true }).click();
		await page.getByRole('link', { name: 'Entretiens et constats' }).click();
		const evidenceUrl = page.url();
		await page.getByText('Ajouter un constat').first().click();
		const finding = page.locator('form[action="?/finding"]');
		await finding.getByLabel('Constat', { exact: true }).fill('   ');
		await finding.getByLabel('Indicateurs cités').selectOption({ label: 'Projets financés par le fonds d’amorçage' });
		await finding.getByRole('button', { name: 'Ajouter un constat' }).click();
		await expect(finding.getByText('Ce champ est obligatoire.')).toBeVisible();
		await expect(finding.locator('#f-ind option:checked')).toHaveText(['Projets financés par le fonds d’amorçage']);
		// the notes field holds at most what the server takes; posted anyway, the refusal sits next to it
		await expect(page.getByLabel('Notes')).toHaveAttribute('maxlength', '20000');
		const response = await page.request.post(`${evidenceUrl}?/interview`, {
			form: { kind: 'group', date: '2021-02-02', participants: 'CRESS', notes: 'n'.repeat(20001) },
			headers: { origin: new URL(evidenceUrl).origin, accept: 'text/html' }
		});
		expect(response.status()).toBe(400);
		await page.setContent(await response.text());
		await expect(page.getByText('Au plus 20000 caractères.')).toBeVisible();
		await expect(page.getByLabel('Notes')).toHaveAttribute('aria-invalid', 'true');
	});
});

test('the evaluation pages in English name their labels the English way', async ({ page }) => {
	await login(page, DEMO.evaluator);
	await page.goto(`${DEMO_COUNCIL}/plans`);
	await page.getByRole('button', { name: 'English' }).click();
	await page.getByRole('link', { name: 'PLDESS 2016-2020' }).click();
	await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
	await expect(page.getByText('Participants:').first()).toBeVisible();
	await expect(page.getByText('Participants :')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Interviews and findings' }).click();
	await expect(page.getByText('Based on:').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: '← Evaluation' }).click();
	await page.getByRole('link', { name: 'Indicator validation' }).click();
	await expect(page.getByTestId('round-rules').first()).toContainText('Quorum: None');
	await expectAccessible(page);
});
