// The minutes of the demo's past plenary: the page (attendance by college, the three vote results), the PDF that
// holds the results, the CSV exports, public reading of published minutes, and the annual themes it chose.
import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_COUNCIL, expectAccessible, login, runSetup } from './fixtures';

/** A closed plenary with one published named vote, made through the services on the e2e server's database. */
const closedPlenary = (stamp: string) => runSetup<{ plenaryId: number; title: string }>('minutes-setup.ts', [stamp]);

const API = '/api/v1/councils/ess-eurometropole-demo/sessions';

async function plenaryId(request: APIRequestContext, title: string): Promise<number> {
	const res = await request.get(API);
	expect(res.status()).toBe(200);
	const { sessions } = (await res.json()) as { sessions: { id: number; title: string }[] };
	const found = sessions.find((s) => s.title === title);
	expect(found, title).toBeTruthy();
	return found!.id;
}

const CP1252: Record<number, string> = { 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x9c: 'œ', 0x8c: 'Œ', 0x80: '€' };
/** The text drawn in the (uncompressed) PDF: every TJ array's hex strings decoded as WinAnsi, one line after the other. */
function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	return [...raw.matchAll(/\[((?:\s*<[0-9a-fA-F]*>\s*-?[\d.]*)+)\s*\]\s*TJ/g)]
		.map((tj) => [...Buffer.from([...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join(''), 'hex')].map((b) => CP1252[b] ?? String.fromCharCode(b)).join(''))
		.join(' ')
		.replace(/\s+/g, ' ');
}

test('an anonymous visitor reads the published minutes: attendance by college and the three vote results', async ({ page, request }) => {
	const id = await plenaryId(request, 'Assemblée plénière 2026');
	await page.goto(`${DEMO_COUNCIL}/sessions/${id}/minutes`);
	await expect(page.getByRole('heading', { level: 1, name: 'Procès-verbal — Assemblée plénière 2026' })).toBeVisible();
	await expect(page.getByTestId('minutes-published')).toContainText('Procès-verbal publié le 9 avril 2026');
	const colleges = page.getByTestId('minutes-colleges');
	for (const name of ['Acteurs de l’ESS', 'Réseaux de l’ESS et CRESS', 'Collectivités locales', 'Partenaires institutionnels']) await expect(colleges.getByRole('rowheader', { name })).toBeVisible();
	await expect(page.getByTestId('minutes-quorum')).toContainText('Quorum atteint');
	await expect(page.getByTestId('minutes-attendance-summary')).toContainText('et 4 représentés');

	const votes = page.getByTestId('minutes-vote');
	await expect(votes).toHaveCount(3);
	const proposal = votes.filter({ hasText: 'Adoptez-vous la proposition' });
	await expect(proposal.getByTestId('vote-decision')).toContainText('Adopté');
	await expect(proposal).toContainText('Par collège');
	await expect(proposal.getByRole('link', { name: 'Réserver des marchés d’entretien des espaces verts aux structures d’insertion' })).toBeVisible();
	await expect(proposal.getByRole('link', { name: 'Votes nominatifs (CSV)' })).toHaveCount(0); // secret vote
	const report = votes.filter({ hasText: 'rapport d’activité 2025' });
	await expect(report.getByTestId('vote-decision')).toContainText('Adopté');
	await expect(report.getByText(/Votes nominatifs \(\d+\)/)).toBeVisible();
	const themes = votes.filter({ hasText: 'Classez les thèmes' });
	await expect(themes.getByTestId('vote-decision')).toContainText(
		'Élu — retenu : Commande publique responsable (SPASER, clauses sociales), Quartiers prioritaires (QPV), Économie circulaire, Emploi et insertion par l’activité économique'
	);
	await expect(themes.getByTestId('themes-adopted')).toContainText('2026');
	// readers never see the secretariat's tools
	await expect(page.getByRole('button', { name: 'Adopter comme thèmes annuels' })).toHaveCount(0);
	await expect(page.getByTestId('minutes-editor')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: 'Compte rendu des débats' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Synthèse des débats sur les propositions' })).toBeVisible();
	await expectAccessible(page);

	// the upcoming plenary has no minutes yet
	const next = await plenaryId(request, 'Assemblée plénière de printemps 2027');
	await page.goto(`${DEMO_COUNCIL}/sessions/${next}/minutes`);
	await expect(page.getByText('Le procès-verbal de cette séance n’est pas encore publié.')).toBeVisible();
	expect((await request.get(`${DEMO_COUNCIL}/sessions/${next}/minutes.pdf`)).status()).toBe(404);
	await expectAccessible(page);
});

test('the minutes PDF downloads and holds the results and decisions', async ({ page, request }) => {
	const id = await plenaryId(request, 'Assemblée plénière 2026');
	await page.goto(`${DEMO_COUNCIL}/sessions/${id}/minutes`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('minutes-pdf').click()]);
	expect(download.suggestedFilename()).toBe(`proces-verbal-seance-${id}.pdf`);
	const pdf = fs.readFileSync((await download.path())!);
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const text = pdfText(pdf);
	expect(text).toContain('Procès-verbal — Assemblée plénière 2026');
	expect(text).toContain('Adoptez-vous la proposition');
	expect(text).toContain('Décision : Adopté');
	expect(text).toContain('Décision : Élu — Commande publique responsable (SPASER, clauses sociales), Quartiers prioritaires (QPV), Économie circulaire, Emploi et insertion');
	expect(text).toContain('Acteurs de l’ESS');
	expect(text).toContain('Quorum atteint');
	expect(text).toContain('Synthèse des débats sur les propositions');
	// the roll call of the named vote in French alphabetical order (accents folded), not by code point
	const roll = text.slice(text.indexOf('Votes nominatifs ('));
	expect(roll.indexOf('Aïcha Garcia')).toBeGreaterThan(0);
	expect(roll.indexOf('Aïcha Garcia')).toBeLessThan(roll.indexOf('Antoine Roux'));
	expect(roll.indexOf('Émilie Durand')).toBeLessThan(roll.indexOf('Fatima Klein'));
	expect(roll.indexOf('Héloïse Roth')).toBeLessThan(roll.indexOf('Hugo Faure'));
	// a ranked vote shows Borda points and first preferences, no majority rule and no "share" above 100 %
	const ranked = text.slice(text.indexOf('Classez les thèmes'), text.indexOf('Tableau de bord des indicateurs'));
	expect(ranked).toContain('Majorité : Sans objet');
	expect(ranked).toContain('Premiers choix');
	expect(ranked).not.toMatch(/\d{3},?\d* %/);
	// in rank order (30 points before 24)
	expect(ranked.indexOf('Numérique responsable et solidaire')).toBeGreaterThan(0);
	expect(ranked.indexOf('Numérique responsable et solidaire')).toBeLessThan(ranked.indexOf('Habitat durable'));

	// in English, the same PDF speaks English typography: "label: value", percentages without a space
	const english = pdfText(Buffer.from(await (await request.get(`${DEMO_COUNCIL}/sessions/${id}/minutes.pdf`, { headers: { cookie: 'PARAGLIDE_LOCALE=en' } })).body()));
	expect(english).toContain('Minutes — Assemblée plénière 2026');
	expect(english).toContain('Decision: Adopted');
	expect(english).toContain('Majority: Not applicable');
	expect(english).toContain('40%');
	expect(english).toContain('Method: Yes / no / abstain');
	expect(english).toContain('Acteurs de l’ESS: ');
	expect(english).not.toContain('Method :');
});

test('attendance and vote results export as CSV; only named votes export their ballots', async ({ request }) => {
	const id = await plenaryId(request, 'Assemblée plénière 2026');
	const base = `${DEMO_COUNCIL}/sessions/${id}`;
	const attendance = await request.get(`${base}/attendance.csv`);
	expect(attendance.status()).toBe(200);
	expect(attendance.headers()['content-type']).toContain('text/csv');
	const lines = (await attendance.text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('membership_id,name,college,entitled,status,proxy_holder,proxies_held');
	expect(lines.length).toBeGreaterThan(100);
	expect(lines.filter((l) => l.includes(',represented,'))).toHaveLength(4);

	const { votes } = (await (await request.get(`${API}/${id}/votes`)).json()) as {
		votes: { id: number; secrecy: string; method: string; weighting: string; result: { decision: string } | null }[];
	};
	expect(votes).toHaveLength(3);
	const weighted = votes.find((v) => v.weighting === 'college')!;
	expect(weighted.result?.decision).toBe('adopted');
	const result = await request.get(`${base}/votes/${weighted.id}/result.csv`);
	expect(result.status()).toBe(200);
	const rows = (await result.text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(rows[0]).toBe('scope,college_id,college_weight,option_id,option_label,votes,weighted,share,weighted_share,rank,winner');
	expect(rows.some((r) => r.startsWith('Acteurs de l’ESS,'))).toBe(true);
	// the same file for French spreadsheets: semicolons and decimal commas
	const french = (await (await request.get(`${base}/votes/${weighted.id}/result.csv?format=fr`)).text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(french[0]).toBe(rows[0].replaceAll(',', ';'));
	expect(french.some((r) => /;0,\d+/.test(r))).toBe(true);
	expect(french.some((r) => /;0\.\d+/.test(r))).toBe(false);
	expect((await request.get(`${base}/votes/${weighted.id}/ballots.csv`)).status()).toBe(404);

	const named = votes.find((v) => v.secrecy === 'named')!;
	const ballots = await request.get(`${base}/votes/${named.id}/ballots.csv`);
	expect(ballots.status()).toBe(200);
	const roll = (await ballots.text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	expect(roll[0]).toBe('membership_id,name,college,choice,choice_labels,cast_by_proxy_holder,cast_at');
	expect(roll.length).toBeGreaterThan(60);
	// in name order as a French reader expects, with the choices labelled (not their codes)
	const names = roll.slice(1).map((l) => l.split(',')[1]);
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) || a.localeCompare(b, 'fr')));
	expect(roll.slice(1).every((l) => /,(Pour|Contre|Abstention),/.test(l))).toBe(true);
	expect(rows.some((r) => r.startsWith('total,,,yes,Pour,'))).toBe(true);
	const json = await request.get(`${base}/votes/${named.id}/result.json`);
	expect(((await json.json()) as { result: { decision: string } }).result.decision).toBe('adopted');
});

test('the secretariat sees the annual themes chosen by the plenary and can adopt a ranked vote again', async ({ page, request }) => {
	const id = await plenaryId(request, 'Assemblée plénière 2026');
	await login(page, DEMO.secretariat);
	await page.goto(`${DEMO_COUNCIL}/themes/annual`);
	await expect(page.getByRole('heading', { level: 1, name: 'Thèmes annuels' })).toBeVisible();
	await expect(page.getByTestId('annual-themes-2026').getByRole('listitem')).toHaveText([
		'Commande publique responsable (SPASER, clauses sociales)',
		'Quartiers prioritaires (QPV)',
		'Économie circulaire',
		'Emploi et insertion par l’activité économique'
	]);
	await expectAccessible(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await expectAccessible(page);
	await page.setViewportSize({ width: 1280, height: 720 });

	await page.goto(`${DEMO_COUNCIL}/sessions/${id}/minutes`);
	const themes = page.getByTestId('minutes-vote').filter({ hasText: 'Classez les thèmes' });
	await expect(themes.getByLabel('Année des thèmes')).toHaveValue('2026');
	await themes.getByRole('button', { name: 'Adopter comme thèmes annuels' }).click();
	await expect(themes.getByRole('status')).toContainText('4 thèmes annuels 2026 adoptés d’après ce vote.');
	await expectAccessible(page);
});

test('the secretariat writes the summary of debates and publishes the minutes, which the public then reads', async ({ page, browser }) => {
	test.setTimeout(90_000);
	const stamp = Date.now().toString(36);
	const { plenaryId, title } = closedPlenary(stamp);
	const url = `${DEMO_COUNCIL}/sessions/${plenaryId}/minutes`;

	const visitor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
	await visitor.goto(url);
	await expect(visitor.getByText('Le procès-verbal de cette séance n’est pas encore publié.')).toBeVisible();
	expect((await visitor.request.get(`${DEMO_COUNCIL}/sessions/${plenaryId}/minutes.pdf`)).status()).toBe(404);

	await login(page, DEMO.secretariat);
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1, name: `Procès-verbal — ${title}` })).toBeVisible();
	await expect(page.getByTestId('minutes-draft')).toContainText('Procès-verbal en préparation');
	await expect(page.getByTestId('minutes-vote')).toHaveCount(1);
	await expect(page.getByTestId('minutes-vote').getByTestId('vote-decision')).toContainText('Adopté');
	const editor = page.getByTestId('minutes-editor');
	// a text over the limit: the message stands next to that text, and what was typed stays
	await editor.getByLabel('Titre').first().fill('Trop long');
	await editor.getByLabel('Texte').first().fill('x'.repeat(20_001));
	await editor.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(editor.getByLabel('Texte').first()).toHaveAttribute('aria-invalid', 'true');
	await expect(editor.locator('#section-body-0-error')).toHaveText('Au plus 20000 caractères.');
	await expect(editor.getByLabel('Titre').first()).toHaveValue('Trop long');
	await editor.getByLabel('Titre').first().fill('Synthèse des débats');
	await editor.getByLabel('Texte').first().fill(`Le conseil a débattu de la motion ${stamp}.\n\nElle est adoptée à l’unanimité des votants.`);
	await expectAccessible(page);
	await editor.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(editor.getByRole('status')).toHaveText('Sections du procès-verbal enregistrées.');
	await expect(page.getByRole('heading', { level: 3, name: 'Synthèse des débats' })).toBeVisible();
	await expect(page.getByText(`Le conseil a débattu de la motion ${stamp}.`)).toBeVisible();
	await page.getByRole('button', { name: 'Publier le procès-verbal' }).click();
	await expect(page.getByTestId('minutes-published')).toBeVisible();
	await expect(page.getByTestId('minutes-editor')).toHaveCount(0);

	await visitor.reload();
	await expect(visitor.getByRole('heading', { level: 1, name: `Procès-verbal — ${title}` })).toBeVisible();
	await expect(visitor.getByText('Elle est adoptée à l’unanimité des votants.')).toBeVisible();
	await expect(visitor.getByTestId('minutes-vote').getByTestId('vote-decision')).toContainText('Adopté');
	// the narrow screen of a phone
	await visitor.setViewportSize({ width: 360, height: 740 });
	await expectAccessible(visitor);
	const pdf = await visitor.request.get(`${DEMO_COUNCIL}/sessions/${plenaryId}/minutes.pdf`);
	expect(pdf.status()).toBe(200);
	expect(pdfText(await pdf.body())).toContain(`Le conseil a débattu de la motion ${stamp}.`);
	await visitor.context().close();
});

test('the read-only API lists sessions and gives one with its agenda, attendance and published results', async ({ request }) => {
	const res = await request.get(API);
	const { sessions } = (await res.json()) as { sessions: { id: number; title: string; state: string }[] };
	expect(sessions.every((s) => s.state !== 'planned')).toBe(true);
	const past = sessions.find((s) => s.title === 'Assemblée plénière 2026')!;
	const one = (await (await request.get(`${API}/${past.id}`)).json()) as {
		session: { agenda: { kind: string; proposals: { state: string }[] }[]; attendance: { present: number; quorum: { reached: boolean } }; votes: { result: unknown }[]; minutes: unknown[] };
	};
	expect(one.session.agenda.map((i) => i.kind)).toContain('annual_themes');
	expect(one.session.attendance.quorum.reached).toBe(true);
	expect(one.session.attendance.present).toBeGreaterThan(60);
	expect(one.session.votes.every((v) => v.result !== null)).toBe(true);
	expect(one.session.minutes.length).toBeGreaterThan(0);
	const next = sessions.find((s) => s.title === 'Assemblée plénière de printemps 2027')!;
	const upcoming = (await (await request.get(`${API}/${next.id}`)).json()) as { session: { votes: { state: string; result: unknown }[]; minutes: unknown } };
	// its two votes are still drafts: the secretariat's, not in the public API (nor their questions)
	expect(upcoming.session.votes).toEqual([]);
	expect(JSON.stringify(upcoming)).not.toContain('Validez-vous les indicateurs');
	expect(upcoming.session.minutes).toBeNull();
	expect((await request.get(`${API}/999999`)).status()).toBe(404);
});
