import { beforeEach, describe, expect, it } from 'vitest';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { auditActions, eventsDuring, plenaryFixture } from './test-fixtures';
import { createSession, deleteSession, getSession, listSessions, saveMinutes, setSessionState, updateSession } from './plenaries';
import { addAgendaItem, listAgenda, moveAgendaItem, removeAgendaItem, reorderAgenda, setCurrentItem, updateAgendaItem } from './agenda';
import { createVote, openVote } from './votes';
import { closeVote } from './close';
import { refusalCode } from '../test-support';

const code = refusalCode;

describe('plenary sessions', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lets only the secretariat (or an admin) create a session, and audits it', () => {
		const f = plenaryFixture({ state: 'planned' });
		const input = { kind: 'extraordinary' as const, title: 'Capitale européenne de l’ESS 2019', startsAt: new Date('2019-03-01T17:00:00Z') };
		expect(code(() => createSession(f.all[0].user, f.council.id, input))).toBe('sessions_error_forbidden');
		expect(code(() => createSession(f.chair.user, f.council.id, input))).toBe('sessions_error_forbidden');
		const { result, events } = eventsDuring(() => createSession(f.secretariat.user, f.council.id, input));
		expect(result).toMatchObject({ kind: 'extraordinary', state: 'planned', councilId: f.council.id });
		expect(events).toEqual([{ type: 'plenary.changed', councilId: f.council.id, sessionId: result.id, what: 'details' }]);
		expect(auditActions(f.council.id)[0]).toBe('session.create');
		const admin = insertUser(db(), { email: 'admin@example.org', name: 'Admin', isAdmin: true });
		expect(createSession({ id: admin.id, isAdmin: true }, f.council.id, { ...input, title: 'Admin' }).title).toBe('Admin');
	});

	it('validates details: title, kind, dates, online link', () => {
		const f = plenaryFixture({ state: 'planned' });
		const base = { kind: 'ordinary' as const, title: 'Plénière', startsAt: new Date('2026-05-01T17:00:00Z') };
		expect(code(() => createSession(f.secretariat.user, f.council.id, { ...base, title: '  ' }))).toBe('sessions_error_title_required');
		expect(code(() => createSession(f.secretariat.user, f.council.id, { ...base, kind: 'weekly' as never }))).toBe('sessions_error_kind');
		expect(code(() => createSession(f.secretariat.user, f.council.id, { ...base, startsAt: new Date('nope') }))).toBe('sessions_error_date');
		expect(code(() => createSession(f.secretariat.user, f.council.id, { ...base, endsAt: new Date('2026-04-01T00:00:00Z') }))).toBe('sessions_error_ends_before_start');
		expect(code(() => createSession(f.secretariat.user, f.council.id, { ...base, onlineUrl: 'javascript:alert(1)' }))).toBe('sessions_error_online_url');
		const s = createSession(f.secretariat.user, f.council.id, { ...base, onlineUrl: ' https://visio.example.org/pleniere ' });
		expect(s.onlineUrl).toBe('https://visio.example.org/pleniere');
		expect(updateSession(f.secretariat.user, s.id, { place: 'Salle des fêtes' }).place).toBe('Salle des fêtes');
	});

	it('moves forward one state at a time and stamps each step', () => {
		const f = plenaryFixture({ state: 'planned' });
		const id = f.session.id;
		expect(code(() => setSessionState(f.secretariat.user, id, 'open'))).toBe('sessions_error_transition');
		expect(code(() => setSessionState(f.all[0].user, id, 'convened'))).toBe('sessions_error_forbidden');
		expect(setSessionState(f.secretariat.user, id, 'convened').convenedAt).toBeInstanceOf(Date);
		expect(setSessionState(f.secretariat.user, id, 'open').state).toBe('open');
		expect(code(() => setSessionState(f.secretariat.user, id, 'convened'))).toBe('sessions_error_transition');
		setCurrentItem(f.secretariat.user, id, f.item.id);
		const closed = setSessionState(f.secretariat.user, id, 'closed');
		expect(closed).toMatchObject({ state: 'closed', currentItemId: null });
		expect(code(() => updateSession(f.secretariat.user, id, { title: 'Autre' }))).toBe('sessions_error_session_closed');
		saveMinutes(f.secretariat.user, id, [
			{ title: 'Débats', body: 'Les membres ont débattu.' },
			{ title: '', body: ' ' }
		]);
		const published = setSessionState(f.secretariat.user, id, 'minutes_published');
		expect(published.minutes).toEqual([{ title: 'Débats', body: 'Les membres ont débattu.' }]);
		expect(code(() => saveMinutes(f.secretariat.user, id, []))).toBe('sessions_error_minutes_state');
		expect(auditActions(f.council.id).filter((a) => a === 'session.state')).toHaveLength(4);
	});

	it('refuses to close a session while one of its votes is open', () => {
		const f = plenaryFixture();
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, vote.id);
		expect(code(() => setSessionState(f.secretariat.user, f.session.id, 'closed'))).toBe('sessions_error_votes_open');
		closeVote(f.secretariat.user, vote.id);
		expect(setSessionState(f.secretariat.user, f.session.id, 'closed').state).toBe('closed');
	});

	it('deletes only sessions never convened; lists and reads sessions with their agenda', () => {
		const f = plenaryFixture({ state: 'convened' });
		expect(code(() => deleteSession(f.secretariat.user, f.session.id))).toBe('sessions_error_delete_state');
		const later = createSession(f.secretariat.user, f.council.id, { kind: 'ordinary', title: 'Automne', startsAt: new Date('2026-10-01T17:00:00Z') });
		expect(listSessions(f.council.id).map((s) => s.title)).toEqual(['Automne', 'Plénière de printemps']);
		expect(listSessions(f.council.id, ['convened']).map((s) => s.id)).toEqual([f.session.id]);
		expect(getSession(f.session.id)?.agenda.map((i) => i.title)).toEqual(['Orientations annuelles']);
		deleteSession(f.secretariat.user, later.id);
		expect(getSession(later.id)).toBeNull();
	});
});

describe('agenda', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	const titles = (sessionId: number) => listAgenda(sessionId).map((i) => `${i.position}:${i.title}`);

	it('adds, inserts, moves, reorders and removes items, keeping positions 0…n-1', () => {
		const f = plenaryFixture({ state: 'convened' });
		const u = f.secretariat.user;
		const s = f.session.id;
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
		expect(code(() => reorderAgenda(u, s, [opening.id, report.id, themes.id]))).toBe('sessions_error_reorder');
		expect(code(() => reorderAgenda(u, s, [opening.id, report.id, themes.id, themes.id]))).toBe('sessions_error_reorder');
		removeAgendaItem(u, report.id);
		expect(titles(s)).toEqual(['0:Ouverture', '1:Thèmes annuels', '2:Orientations annuelles']);
		expect(updateAgendaItem(u, themes.id, { durationMinutes: 45, presenter: ' CRESS ' })).toMatchObject({ durationMinutes: 45, presenter: 'CRESS' });
		expect(code(() => updateAgendaItem(u, themes.id, { durationMinutes: -5 }))).toBe('sessions_error_duration');
		expect(code(() => addAgendaItem(f.all[0].user, s, { kind: 'debate', title: 'x' }))).toBe('sessions_error_forbidden');
		expect(code(() => addAgendaItem(u, s, { kind: 'party' as never, title: 'x' }))).toBe('sessions_error_kind');
	});

	it('refuses to remove an item whose vote has been opened', () => {
		const f = plenaryFixture();
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, vote.id);
		expect(code(() => removeAgendaItem(f.secretariat.user, f.item.id))).toBe('sessions_error_item_has_votes');
		const other = addAgendaItem(f.secretariat.user, f.session.id, { kind: 'vote', title: 'Autre' });
		createVote(f.secretariat.user, other.id, { question: 'Brouillon', method: 'yes_no_abstain' });
		removeAgendaItem(f.secretariat.user, other.id);
		expect(listAgenda(f.session.id)).toHaveLength(1);
	});

	it('sets the current item while the session is open, and tells every screen', () => {
		const f = plenaryFixture({ state: 'convened' });
		expect(code(() => setCurrentItem(f.secretariat.user, f.session.id, f.item.id))).toBe('sessions_error_session_not_open');
		setSessionState(f.secretariat.user, f.session.id, 'open');
		expect(code(() => setCurrentItem(f.all[0].user, f.session.id, f.item.id))).toBe('sessions_error_forbidden');
		const { events } = eventsDuring(() => setCurrentItem(f.secretariat.user, f.session.id, f.item.id));
		expect(events).toEqual([{ type: 'agenda.current', councilId: f.council.id, sessionId: f.session.id, itemId: f.item.id }]);
		expect(getSession(f.session.id)?.currentItem?.id).toBe(f.item.id);
		const elsewhere = plenaryFixture();
		expect(code(() => setCurrentItem(f.secretariat.user, f.session.id, elsewhere.item.id))).toBe('sessions_error_not_found');
		setCurrentItem(f.secretariat.user, f.session.id, null);
		expect(getSession(f.session.id)?.currentItem).toBeNull();
	});
});
