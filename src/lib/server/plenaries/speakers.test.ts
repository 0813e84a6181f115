// The list of speakers through its declared actions: members ask (once checked in), the queue follows the rules,
// the secretariat and the chair (and the admin) run it while members may not, the floor is timed, and the speaking
// time adds up per college for the summary and the minutes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import type { Actor } from '../auth/permissions';
import { perform } from '../actions/perform';
import { refusalCode } from '../test-support';
import { addAgendaItem, setCurrentItem } from './agenda';
import { buildMinutes } from './minutes';
import { checkInAll, eventsDuring, plenaryFixture, type Person } from './test-fixtures';
import { speakersEvent, speakingTimeSummary } from './speaker-state';
import { addSpeaker, askToSpeak, closeSpeakers, moveSpeaker, removeSpeaker, setItemTime, startSpeaker, stopSpeaker, withdrawSpeech } from './actions';

const as = (p: Person, roles: string[]): Actor => ({ user: p.user, roles });
const member = (p: Person) => as(p, ['member']);

function fixture() {
	const f = plenaryFixture();
	const [a1, a2, a3, b1, b2, c1] = f.all;
	checkInAll(f.plenary.id, [a1, a2, a3, b1, b2, c1]);
	const ids = { plenaryId: f.plenary.id, itemId: f.item.id };
	const names = () => speakersEvent(f.plenary.id, f.item.id)!.list!.waiting.map((w) => w.membershipId);
	return { f, a1, a2, a3, b1, b2, c1, ids, names, secretariat: as(f.secretariat, ['secretariat']), chair: as(f.chair, ['chair']) };
}

beforeEach(() => useTestDatabase());
afterEach(() => vi.useRealTimers());

describe('asking to speak', () => {
	it('queues members in the order they ask, puts points of order first and replies right after the speaker', () => {
		const { f, a1, a2, a3, b1, b2, ids, names, chair } = fixture();
		perform(member(a1), f.council, askToSpeak, { ...ids, kind: 'speech' });
		perform(member(a2), f.council, askToSpeak, { ...ids, kind: 'speech' });
		perform(member(a3), f.council, askToSpeak, { ...ids, kind: 'point_of_order' });
		expect(names()).toEqual([a3.membershipId, a1.membershipId, a2.membershipId]);
		// a reply needs someone speaking
		expect(refusalCode(() => perform(member(b1), f.council, askToSpeak, { ...ids, kind: 'reply' }))).toBe('speakers_error_reply_no_speaker');
		perform(chair, f.council, startSpeaker, { ...ids, membershipId: String(a1.membershipId) });
		perform(member(b1), f.council, askToSpeak, { ...ids, kind: 'reply' });
		perform(member(b2), f.council, askToSpeak, { ...ids, kind: 'point_of_order' });
		expect(names()).toEqual([a3.membershipId, b2.membershipId, b1.membershipId, a2.membershipId]);
		expect(refusalCode(() => perform(member(a1), f.council, askToSpeak, { ...ids, kind: 'reply' }))).toBe('speakers_error_reply_self');
		expect(speakersEvent(f.plenary.id, f.item.id)!.list!.current?.membershipId).toBe(a1.membershipId);
	});

	it('lets a member wait once, withdraw, and refuses members not checked in or a closed list', () => {
		const { f, a1, a2, ids, names, secretariat } = fixture();
		perform(member(a1), f.council, askToSpeak, ids);
		expect(refusalCode(() => perform(member(a1), f.council, askToSpeak, { ...ids, kind: 'point_of_order' }))).toBe('speakers_error_already_waiting');
		perform(member(a1), f.council, withdrawSpeech, ids);
		expect(names()).toEqual([]);
		expect(refusalCode(() => perform(member(a1), f.council, withdrawSpeech, ids))).toBe('speakers_error_not_waiting');
		const late = f.members[3][0];
		expect(refusalCode(() => perform(member(late), f.council, askToSpeak, ids))).toBe('speakers_error_not_checked_in');
		perform(secretariat, f.council, closeSpeakers, { ...ids, closed: 'on' });
		expect(refusalCode(() => perform(member(a2), f.council, askToSpeak, ids))).toBe('speakers_error_closed');
		perform(member(a2), f.council, askToSpeak, { ...ids, kind: 'point_of_order' });
		perform(secretariat, f.council, addSpeaker, { ...ids, membershipId: String(late.membershipId), kind: 'speech' }); // at the door
		expect(names()).toEqual([a2.membershipId, late.membershipId]);
		perform(secretariat, f.council, closeSpeakers, { ...ids, closed: '' });
		perform(member(a1), f.council, askToSpeak, ids);
		expect(names()).toHaveLength(3);
	});

	it('works only while the plenary is open, and on the items of the plenary of the request', () => {
		const f = plenaryFixture({ state: 'convened' });
		const [a1] = f.all;
		checkInAll(f.plenary.id, [a1]);
		expect(refusalCode(() => perform(member(a1), f.council, askToSpeak, { plenaryId: f.plenary.id, itemId: f.item.id }))).toBe('speakers_error_session_not_open');
		const other = plenaryFixture();
		expect(refusalCode(() => perform(member(a1), f.council, askToSpeak, { plenaryId: f.plenary.id, itemId: other.item.id }))).toBe('plenaries_error_not_found');
	});
});

describe('who runs the list', () => {
	it('lets the secretariat, the chair and the admin add, reorder, start and stop; members and observers may not', () => {
		const { f, a1, a2, a3, ids, names, secretariat, chair } = fixture();
		const admin = db().transaction((tx) => insertUser(tx, { email: 'admin-speakers@example.org', name: 'Admin', isAdmin: true }));
		const adminActor: Actor = { user: { id: admin.id, isAdmin: true }, roles: [] };
		const add = (membershipId: number) => ({ ...ids, membershipId: String(membershipId), kind: 'speech' });
		for (const who of [member(a1), as(f.observer, ['observer'])]) {
			expect(refusalCode(() => perform(who, f.council, addSpeaker, add(a2.membershipId)))).toBe('common_error_forbidden');
			expect(refusalCode(() => perform(who, f.council, moveSpeaker, { ...ids, membershipId: a1.membershipId, position: 0 }))).toBe('common_error_forbidden');
			expect(refusalCode(() => perform(who, f.council, startSpeaker, ids))).toBe('common_error_forbidden');
			expect(refusalCode(() => perform(who, f.council, stopSpeaker, ids))).toBe('common_error_forbidden');
			expect(refusalCode(() => perform(who, f.council, closeSpeakers, { ...ids, closed: 'on' }))).toBe('common_error_forbidden');
		}
		// the observer, the secretariat and the admin do not ask to speak: members do (the chair of the demo is also a member)
		expect(refusalCode(() => perform(as(f.observer, ['observer']), f.council, askToSpeak, ids))).toBe('common_error_forbidden');
		expect(refusalCode(() => perform(secretariat, f.council, askToSpeak, ids))).toBe('common_error_forbidden');

		perform(secretariat, f.council, addSpeaker, add(a1.membershipId));
		perform(chair, f.council, addSpeaker, add(a2.membershipId));
		perform(adminActor, f.council, addSpeaker, add(a3.membershipId));
		expect(names()).toEqual([a1.membershipId, a2.membershipId, a3.membershipId]);
		perform(chair, f.council, moveSpeaker, { ...ids, membershipId: String(a3.membershipId), position: '0' });
		perform(adminActor, f.council, moveSpeaker, { ...ids, membershipId: String(a1.membershipId), position: '2' });
		expect(names()).toEqual([a3.membershipId, a2.membershipId, a1.membershipId]);
		perform(secretariat, f.council, removeSpeaker, { ...ids, membershipId: String(a2.membershipId) });
		perform(chair, f.council, startSpeaker, ids);
		expect(speakersEvent(f.plenary.id, f.item.id)!.list!.current?.membershipId).toBe(a3.membershipId);
		perform(adminActor, f.council, stopSpeaker, ids);
		expect(refusalCode(() => perform(secretariat, f.council, stopSpeaker, ids))).toBe('speakers_error_no_speaker');
		perform(secretariat, f.council, startSpeaker, ids);
		expect(refusalCode(() => perform(secretariat, f.council, startSpeaker, ids))).toBe('speakers_error_queue_empty');
	});

	it('publishes the change after its commit and audits it', () => {
		const { f, a1, ids } = fixture();
		const { events } = eventsDuring(() => perform(member(a1), f.council, askToSpeak, ids));
		expect(events).toContainEqual({ type: 'speakers.changed', councilId: f.council.id, plenaryId: f.plenary.id, itemId: f.item.id });
		const list = speakersEvent(f.plenary.id, f.item.id)!.list!;
		expect(list.version).toBe(1);
		expect(list.waiting[0]).toMatchObject({ membershipId: a1.membershipId, name: a1.name, college: 'A', kind: 'speech' });
	});

	it('gives the item its own speaking time, else the council default', () => {
		const { f, ids, secretariat } = fixture();
		expect(speakersEvent(f.plenary.id, f.item.id)!.list!).toMatchObject({ speakingSeconds: 180, itemSeconds: null });
		perform(secretariat, f.council, setItemTime, { ...ids, speakingSeconds: '90' });
		expect(speakersEvent(f.plenary.id, f.item.id)!.list!).toMatchObject({ speakingSeconds: 90, itemSeconds: 90 });
		expect(refusalCode(() => perform(secretariat, f.council, setItemTime, { ...ids, speakingSeconds: '-1' }))).toBe('common_error_invalid_input');
		perform(secretariat, f.council, setItemTime, { ...ids, speakingSeconds: '' });
		expect(speakersEvent(f.plenary.id, f.item.id)!.list!.speakingSeconds).toBe(180);
	});
});

describe('speaking time', () => {
	it('times each speech and adds it up per college, for the summary and the minutes', () => {
		const { f, a1, b1, c1, ids, chair } = fixture();
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-04-02T18:10:00Z'));
		for (const p of [a1, b1, c1]) perform(member(p), f.council, askToSpeak, ids);
		perform(chair, f.council, startSpeaker, ids); // a1
		vi.setSystemTime(new Date('2026-04-02T18:12:30Z'));
		perform(chair, f.council, startSpeaker, ids); // ends a1 after 150 s, b1 speaks
		vi.setSystemTime(new Date('2026-04-02T18:13:15Z'));
		perform(chair, f.council, stopSpeaker, ids); // b1: 45 s
		perform(chair, f.council, startSpeaker, ids); // c1 still speaking: not counted yet
		// a second item: a1 speaks again for 60 s
		const item2 = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: 'debate', title: 'Débat' });
		const ids2 = { plenaryId: f.plenary.id, itemId: item2.id };
		perform(member(a1), f.council, askToSpeak, ids2);
		perform(chair, f.council, startSpeaker, ids2);
		vi.setSystemTime(new Date('2026-04-02T18:14:15Z'));
		perform(chair, f.council, stopSpeaker, ids2);

		const summary = speakingTimeSummary(f.plenary.id);
		expect(summary.rows.map((r) => [r.name, r.speeches, r.seconds])).toEqual([
			['A', 2, 210],
			['B', 1, 45],
			['C', 0, 0],
			['D', 0, 0]
		]);
		expect(summary.total).toMatchObject({ speeches: 3, seconds: 255 });
		const list = speakersEvent(f.plenary.id, f.item.id)!.list!;
		expect(list.done.map((d) => [d.membershipId, d.seconds])).toEqual([
			[a1.membershipId, 150],
			[b1.membershipId, 45]
		]);
		expect(list.current).toMatchObject({ membershipId: c1.membershipId, startedAt: new Date('2026-04-02T18:13:15Z').getTime() });

		const minutes = buildMinutes(f.plenary.id, { includeUnpublished: true });
		expect(minutes.agenda.find((i) => i.id === f.item.id)!.speakers.map((s) => [s.name, s.seconds])).toEqual([
			[a1.name, 150],
			[b1.name, 45]
		]);
		expect(minutes.speakingTime.total.seconds).toBe(255);
	});

	it('follows the current item in the event the plenary room is sent', () => {
		const { f, a1, ids } = fixture();
		perform(member(a1), f.council, askToSpeak, ids);
		expect(speakersEvent(f.plenary.id)).toMatchObject({ currentItemId: null, list: null });
		setCurrentItem(f.secretariat.user, f.plenary.id, f.item.id);
		expect(speakersEvent(f.plenary.id)).toMatchObject({ currentItemId: f.item.id, list: { itemId: f.item.id, waiting: [{ membershipId: a1.membershipId }] } });
	});
});
