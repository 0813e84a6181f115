import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { db } from '../db/client';
import { ensureProposalSearch, ftsQuery } from './search';
import { setup } from './test-fixtures';
import { filterOptions, listMyDrafts, listProposals } from './list';
import { exportRows, toCsv } from './export';
import { answerProposal, transitionProposal } from './lifecycle';
import { decideAmendment, proposeAmendment } from './amendments';
import { getProposal } from './access';

function world() {
	const fx = setup();
	const [circular, food] = fx.theme;
	const lever = fx.lever[0];
	const a = fx.proposalIn('submitted', {
		title: 'Économie circulaire et rénovation des bâtiments',
		summary: 'Réemploi des matériaux.',
		body: 'Filière du réemploi',
		themeIds: [circular.id, lever.id]
	});
	const b = fx.proposalIn('submitted', { title: 'Commerce équitable dans la restauration collective', summary: 'Cantines.', body: 'Produits équitables', themeIds: [food.id] });
	const c = fx.proposalIn('submitted', { title: 'Tableau de bord de l’emploi ESS', summary: 'Mesurer les progrès.', body: 'Indicateurs d’emploi', themeIds: [circular.id] }, fx.actors.member2);
	const draft = fx.proposalIn('draft', { title: 'Brouillon circulaire secret', themeIds: [circular.id] });
	fx.act.support(fx.actors.member, a);
	fx.act.support(fx.actors.member2, a);
	fx.act.support(fx.actors.member, c);
	fx.act.comment(fx.actors.member, b, { body: 'un' });
	fx.act.comment(fx.actors.member, b, { body: 'deux' });
	transitionProposal(fx.actors.secretariat, a, 'accept', { answer: 'Accepté pour délibération.' });
	return { fx, a, b, c, draft, circular, food, lever };
}

const ids = (r: { rows: { id: number }[] }) => r.rows.map((x) => x.id);

describe('proposal lists', () => {
	it('never lists drafts; sorts by newest, supports, comments, updates', () => {
		const { fx, a, b, c } = world();
		const base = { councilId: fx.council.id };
		expect(ids(listProposals({ ...base, sort: 'newest' }))).toEqual([c, b, a]);
		expect(ids(listProposals({ ...base, sort: 'supports' }))).toEqual([a, c, b]);
		expect(ids(listProposals({ ...base, sort: 'comments' }))[0]).toBe(b);
		expect(ids(listProposals({ ...base, sort: 'updated' }))[0]).toBe(a);
	});

	it('filters by state, theme, lever, college, author and answered', () => {
		const { fx, a, b, c, circular, food, lever } = world();
		const base = { councilId: fx.council.id };
		expect(ids(listProposals({ ...base, state: 'accepted' }))).toEqual([a]);
		expect(ids(listProposals({ ...base, state: 'submitted', themeId: circular.id }))).toEqual([c]);
		expect(ids(listProposals({ ...base, themeId: food.id }))).toEqual([b]);
		expect(ids(listProposals({ ...base, leverId: lever.id }))).toEqual([a]);
		expect(ids(listProposals({ ...base, collegeId: fx.colleges[1].id }))).toEqual([c]);
		expect(ids(listProposals({ ...base, authorId: fx.people.member2.id }))).toEqual([c]);
		expect(ids(listProposals({ ...base, answered: 'yes' }))).toEqual([a]);
		expect(ids(listProposals({ ...base, answered: 'no', sort: 'newest' }))).toEqual([c, b]);
		expect(filterOptions(fx.council.id, fx.people.member2.id).author).toEqual({ id: fx.people.member2.id, name: fx.people.member2.name });
	});

	it('searches title, summary and body with FTS5, accents and prefixes included, drafts excluded', () => {
		const { fx, a, b, c } = world();
		const base = { councilId: fx.council.id };
		expect(ids(listProposals({ ...base, q: 'circulaire' }))).toEqual([a]);
		expect(ids(listProposals({ ...base, q: 'economie' }))).toEqual([a]);
		expect(ids(listProposals({ ...base, q: 'cantines' }))).toEqual([b]);
		expect(ids(listProposals({ ...base, q: 'indicat' }))).toEqual([c]);
		expect(ids(listProposals({ ...base, q: 'réemploi matériaux' }))).toEqual([a]);
		expect(ids(listProposals({ ...base, q: 'réemploi cantines' }))).toEqual([]);
		expect(ids(listProposals({ ...base, q: 'emploi', sort: 'relevance' }))).toEqual([c]);
		// search combines with filters
		expect(ids(listProposals({ ...base, q: 'équitable', state: 'accepted' }))).toEqual([]);
		// FTS syntax typed by a person is neutralised
		expect(() => listProposals({ ...base, q: '"unbalanced AND OR NEAR( *' })).not.toThrow();
		expect(ids(listProposals({ ...base, q: '---' }))).toHaveLength(3);
	});

	it('keeps the index in sync when a text changes through an amendment', () => {
		const { fx, b } = world();
		const p = getProposal(b)!;
		const am = proposeAmendment(fx.actors.member, b, { title: p.title, summary: p.summary, body: 'Produits bio et locaux', reason: '' });
		decideAmendment(fx.actors.author, am.id, { accept: true });
		expect(ids(listProposals({ councilId: fx.council.id, q: 'locaux' }))).toEqual([b]);
		expect(ids(listProposals({ councilId: fx.council.id, q: 'Produits équitables' }))).toEqual([]);
	});

	it('paginates', () => {
		const { fx } = world();
		const page1 = listProposals({ councilId: fx.council.id, pageSize: 2, page: 1 });
		const page2 = listProposals({ councilId: fx.council.id, pageSize: 2, page: 2 });
		expect([page1.total, page1.pages, page1.rows.length, page2.rows.length]).toEqual([3, 2, 2, 1]);
		expect(listProposals({ councilId: fx.council.id, pageSize: 2, page: 99 }).page).toBe(2);
		// the same with a search (total and page come from the search query)
		const found = listProposals({ councilId: fx.council.id, q: 'e', pageSize: 2, page: 1 });
		expect([found.total, found.pages, found.rows.length]).toEqual([3, 2, 2]);
		const beyond = listProposals({ councilId: fx.council.id, q: 'e', pageSize: 2, page: 9 });
		expect([beyond.page, beyond.rows.length, beyond.total]).toEqual([2, 1, 3]);
		expect(listProposals({ councilId: fx.council.id, q: 'introuvable', page: 3 })).toMatchObject({ total: 0, page: 1, rows: [] });
	});

	it('lists a person’s own drafts, including co-written ones, only to them', () => {
		const { fx, draft } = world();
		expect(listMyDrafts(fx.council.id, fx.people.author.id).map((d) => d.id)).toEqual([draft]);
		expect(listMyDrafts(fx.council.id, fx.people.member.id)).toEqual([]);
	});

	it('rebuilds the index idempotently when the database is migrated again', () => {
		const { fx, a } = world();
		ensureProposalSearch(db());
		db().$client.exec('DROP TABLE proposals_fts');
		ensureProposalSearch(db());
		expect(ids(listProposals({ councilId: fx.council.id, q: 'circulaire' }))).toEqual([a]);
	});

	it('turns typed text into a safe prefix query', () => {
		expect(ftsQuery('Économie  circulaire!')).toBe('"Économie"* "circulaire"*');
		expect(ftsQuery('" OR *')).toBe('"OR"*');
		expect(ftsQuery('  ')).toBeNull();
		expect(ftsQuery('économie de la réparation')).toBe('"économie"* "réparation"*');
		expect(ftsQuery('de la')).toBe('"de"* "la"*');
	});
});

describe('exports', () => {
	it('exports published proposals as CSV with state, themes, counts, answer and dates', () => {
		const { fx, a, b } = world();
		answerProposal(fx.actors.chair, b, { answer: '=HYPERLINK("x") réponse' });
		const rows = exportRows(fx.council, 'https://cocon.example');
		expect(rows.map((r) => r.id)).not.toContain(undefined);
		expect(rows).toHaveLength(3);
		const csv = toCsv(rows);
		expect(csv.startsWith('\ufeffid,title,summary,state,themes,levers,author,organisation,college,supports,comments,answer,answered_at')).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
		const rowA = parsed.find((r) => r.id === String(a))!;
		expect(rowA).toMatchObject({
			state: 'accepted',
			themes: fx.theme[0].name,
			levers: fx.lever[0].name,
			supports: '2',
			comments: '0',
			answer: 'Accepté pour délibération.',
			organisation: 'Association A',
			college: 'Acteurs',
			url: `https://cocon.example/c/${fx.council.slug}/proposals/${a}`
		});
		expect(rowA.submitted_at).toMatch(/^\d{4}-\d\d-\d\dT/);
		const rowB = parsed.find((r) => r.id === String(b))!;
		expect(rowB.comments).toBe('2');
		// a formula is neutralised for spreadsheets
		expect(rowB.answer.startsWith("'=")).toBe(true);
		expect(parsed.some((r) => r.title.includes('Brouillon'))).toBe(false);
	});
});
