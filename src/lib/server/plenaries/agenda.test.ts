import { beforeEach, describe, expect, it } from 'vitest';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { auditActions, eventsDuring, plenaryFixture } from './test-fixtures';
import { createPlenary, deletePlenary, getPlenary, listPlenaries, saveMinutes, setPlenaryState, updatePlenary } from './plenaries';
import { addAgendaItem, listAgenda, moveAgendaItem, removeAgendaItem, reorderAgenda, setCurrentItem, updateAgendaItem } from './agenda';
import { createVote, openVote } from './votes';
import { closeVote } from './close';
import { refusalCode } from '../test-support';

const code = refusalCode;

describe('plenaries', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lets only the secretariat (or an admin) create a plenary, and audits it', () => {
		const f = plenaryFixture({ state: 'planned' });
		const input = { kind: 'extraordinary' as const, title: 'Capitale européenne de l’ESS 2019', startsAt: new Date('2019-03-01T17:00:00Z') };
		expect(code(() => createPlenary(f.all[0].user, f.council.id, input))).toBe('plenaries_error_forbidden');
		expect(code(() => createPlenary(f.chair.user, f.council.id, input))).toBe('plenaries_error_forbidden');
		const { result, events } = eventsDuring(() => createPlenary(f.secretariat.user, f.council.id, input));
		expect(result).toMatchObject({ kind: 'extraordinary', state: 'planned', councilId: f.council.id });
		expect(events).toEqual([{ type: 'plenary.changed', councilId: f.council.id, plenaryId: result.id, what: 'details' }]);
		expect(auditActions(f.council.id)[0]).toBe('session.create');
		const admin = insertUser(db(), { email: 'admin@example.org', name: 'Admin', isAdmin: true });
		expect(createPlenary({ id: admin.id, isAdmin: true }, f.council.id, { ...input, title: 'Admin' }).title).toBe('Admin');
	});

	it('validates details: title, kind, dates, online link', () => {
		const f = plenaryFixture({ state: 'planned' });
		const base = { kind: 'ordinary' as const, title: 'Plénière', startsAt: new Date('2026-05-01T17:00:00Z') };
		expect(code(() => createPlenary(f.secretariat.user, f.council.id, { ...base, title: '  ' }))).toBe('plenaries_error_title_required');
		expect(code(() => createPlenary(f.secretariat.user, f.council.id, { ...base, kind: 'weekly' as never }))).toBe('plenaries_error_kind');
		expect(code(() => createPlenary(f.secretariat.user, f.council.id, { ...base, startsAt: new Date('nope') }))).toBe('plenaries_error_date');
		expect(code(() => createPlenary(f.secretariat.user, f.council.id, { ...base, endsAt: new Date('2026-04-01T00:00:00Z') }))).toBe('plenaries_error_ends_before_start');
		expect(code(() => createPlenary(f.secretariat.user, f.council.id, { ...base, onlineUrl: 'javascript:alert(1)' }))).toBe('plenaries_error_online_url');
		const s = createPlenary(f.secretariat.user, f.council.id, { ...base, onlineUrl: ' https://visio.example.org/pleniere ' });
		expect(s.onlineUrl).toBe('https://visio.example.org/pleniere');
		expect(updatePlenary(f.secretariat.user, s.id, { place: 'Salle des fêtes' }).place).toBe('Salle des fêtes');
	});

	it('moves forward one state at a time and stamps each step', () => {
		const f = plenaryFixture({ state: 'planned' });
		const id = f.plenary.id;
		expect(code(() => setPlenaryState(f.secretariat.user, id, 'open'))).toBe('plenaries_error_transition');
		expect(code(() => setPlenaryState(f.all[0].user, id, 'convened'))).toBe('plenaries_error_forbidden');
		expect(setPlenaryState(f.secretariat.user, id, 'convened').convenedAt).toBeInstanceOf(Date);
		expect(setPlenaryState(f.secretariat.user, id, 'open').state).toBe('open');
		expect(code(() => setPlenaryState(f.secretariat.user, id, 'convened'))).toBe('plenaries_error_transition');
		setCurrentItem(f.secretariat.user, id, f.item.id);
		const closed = setPlenaryState(f.secretariat.user, id, 'closed');
		expect(closed).toMatchObject({ state: 'closed', currentItemId: null });
		expect(code(() => updatePlenary(f.secretariat.user, id, { title: 'Autre' }))).toBe('plenaries_error_plenary_closed');
		saveMinutes(f.secretariat.user, id, [
			{ title: 'Débats', body: 'Les membres ont débattu.' },
			{ title: '', body: ' ' }
		]);
		const published = setPlenaryState(f.secretariat.user, id, 'minutes_published');
		expect(published.minutes).toEqual([{ title: 'Débats', body: 'Les membres ont débattu.' }]);
		expect(code(() => saveMinutes(f.secretariat.user, id, []))).toBe('plenaries_error_minutes_state');
		expect(auditActions(f.council.id).filter((a) => a === 'session.state')).toHaveLength(4);
	});

	it('refuses to close a plenary while one of its votes is open', () => {
		const f = plenaryFixture();
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, vote.id);
		expect(code(() => setPlenaryState(f.secretariat.user, f.plenary.id, 'closed'))).toBe('plenaries_error_votes_open');
		closeVote(f.secretariat.user, vote.id);
		expect(setPlenaryState(f.secretariat.user, f.plenary.id, 'closed').state).toBe('closed');
	});

	it('deletes only plenaries never convened; lists and reads plenaries with their agenda', () => {
		const f = plenaryFixture({ state: 'convened' });
		expect(code(() => deletePlenary(f.secretariat.user, f.plenary.id))).toBe('plenaries_error_delete_state');
		const later = createPlenary(f.secretariat.user, f.council.id, { kind: 'ordinary', title: 'Automne', startsAt: new Date('2026-10-01T17:00:00Z') });
		expect(listPlenaries(f.council.id).map((s) => s.title)).toEqual(['Automne', 'Plénière de printemps']);
		expect(listPlenaries(f.council.id, ['convened']).map((s) => s.id)).toEqual([f.plenary.id]);
		expect(getPlenary(f.plenary.id)?.agenda.map((i) => i.title)).toEqual(['Orientations annuelles']);
		deletePlenary(f.secretariat.user, later.id);
		expect(getPlenary(later.id)).toBeNull();
	});
});

describe('agenda', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	const titles = (plenaryId: number) => listAgenda(plenaryId).map((i) => `${i.position}:${i.title}`);

	it('adds, inserts, moves, reorders and removes items, keeping positions 0…n-1', () => {
		const f = plenaryFixture({ state: 'convened' });
		const u = f.secretariat.user;
		const s = f.plenary.id;
		const opening = addAgendaItem(u, s, { kind: 'information', title: 'Ouverture', durationMinutes: 10, presenter: 'La maire' }, 0);
		const report = addAgendaItem(u, s, { kind: 'information', title: 'Bilan des propositions' });
		const themes = addAgendaItem(u, s, { kind: 'annual_themes', title: 'Thèmes annuels' });
		expect(opening.position).toBe(0);
		expect(titles(s)).toEqual(['0:Ouverture', '1:Orientations annuelles', '2:Bilan des propositions', '3:Thèmes annuels']);
		moveAgendaItem(u, themes.id, 1);
		expect(titles(s)).toEqual(['0:Ouverture', '1:Thèmes annuels', '2:Orientations annuelles', '3:Bilan des propositions']);
		moveAgendaItem(u, opening.id, 99);
		expect(titles(s)[3]).toBe('3:Ouverture');
		reorderAgenda(u, s, [opening.id, report.id, themes.id, f.item.id]);
		expect(titles(s)).toEqual(['0:Ouverture', '1:Bilan des propositions', '2:Thèmes annuels', '3:Orientations annuelles']);
		expect(code(() => reorderAgenda(u, s, [opening.id, report.id, themes.id]))).toBe('plenaries_error_reorder');
		expect(code(() => reorderAgenda(u, s, [opening.id, report.id, themes.id, themes.id]))).toBe('plenaries_error_reorder');
		removeAgendaItem(u, report.id);
		expect(titles(s)).toEqual(['0:Ouverture', '1:Thèmes annuels', '2:Orientations annuelles']);
		expect(updateAgendaItem(u, themes.id, { durationMinutes: 45, presenter: ' CRESS ' })).toMatchObject({ durationMinutes: 45, presenter: 'CRESS' });
		expect(code(() => updateAgendaItem(u, themes.id, { durationMinutes: -5 }))).toBe('plenaries_error_duration');
		expect(code(() => addAgendaItem(f.all[0].user, s, { kind: 'debate', title: 'x' }))).toBe('plenaries_error_forbidden');
		expect(code(() => addAgendaItem(u, s, { kind: 'party' as never, title: 'x' }))).toBe('plenaries_error_kind');
	});

	it('refuses to remove an item whose vote has been opened', () => {
		const f = plenaryFixture();
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, vote.id);
		expect(code(() => removeAgendaItem(f.secretariat.user, f.item.id))).toBe('plenaries_error_item_has_votes');
		const other = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: 'vote', title: 'Autre' });
		createVote(f.secretariat.user, other.id, { question: 'Brouillon', method: 'yes_no_abstain' });
		removeAgendaItem(f.secretariat.user, other.id);
		expect(listAgenda(f.plenary.id)).toHaveLength(1);
	});

	it('sets the current item while the plenary is open, and tells every screen', () => {
		const f = plenaryFixture({ state: 'convened' });
		expect(code(() => setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id))).toBe('plenaries_error_plenary_not_open');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'open');
		expect(code(() => setCurrentItem(f.all[0].user, f.plenary.id, f.item.id))).toBe('plenaries_error_forbidden');
		const { events } = eventsDuring(() => setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id));
		expect(events).toEqual([{ type: 'agenda.current', councilId: f.council.id, plenaryId: f.plenary.id, itemId: f.item.id }]);
		expect(getPlenary(f.plenary.id)?.currentItem?.id).toBe(f.item.id);
		const elsewhere = plenaryFixture();
		expect(code(() => setCurrentItem(f.secretariat.user, f.plenary.id, elsewhere.item.id))).toBe('plenaries_error_not_found');
		setCurrentItem(f.secretariat.user, f.plenary.id, null);
		expect(getPlenary(f.plenary.id)?.currentItem).toBeNull();
	});
});
