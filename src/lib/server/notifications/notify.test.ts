import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { createUser } from '../auth/users';
import { users } from '../auth/tables';
import { createCouncil } from '../councils/create';
import { outbox } from '../mail/tables';
import { subscribe, type DomainEvent } from '../events/bus';
import { notifications } from './tables';
import { getNotification, getPreferences, isInternalLink, listNotifications, markRead, notify, NOTIFICATION_KINDS, setPreferences, unreadCount, type NotifyInput } from './notify';
import { notificationText } from './text';
import { preferencesSchema } from '../../schemas/notifications';

let councilId: number;
let alice: number;
let bruno: number;
let chloe: number;

beforeEach(async () => {
	useTestDatabase();
	alice = (await createUser({ email: 'alice@example.org', name: 'Alice', isAdmin: true })).id;
	bruno = (await createUser({ email: 'bruno@example.org', name: 'Bruno' })).id;
	chloe = (await createUser({ email: 'chloe@example.org', name: 'Chloe' })).id;
	db().update(users).set({ locale: 'en' }).where(eq(users.id, chloe)).run();
	councilId = createCouncil({ name: 'Conseil', slug: 'conseil', territory: '', description: '', isPublic: true, weighting: 'none', colleges: [] }, alice).id;
});

const base = (over: Partial<NotifyInput> = {}): NotifyInput => ({
	userIds: [alice, bruno, chloe],
	kind: 'proposal_comment',
	councilId,
	params: { title: 'Une cantine bio', actor: 'Damien' },
	link: '/c/conseil/proposals/1',
	...over
});

const send = (over: Partial<NotifyInput> = {}) => db().transaction((tx) => notify(tx, base(over)));
const mails = () => db().select().from(outbox).all();

describe('notify', () => {
	it('creates one in-app notification per person, skipping duplicates, the actor and unknown ids', () => {
		const ids = send({ userIds: [bruno, alice, bruno, chloe, 9999, alice], exceptUserId: alice });
		expect(ids).toEqual([bruno, chloe]);
		const rows = db().select().from(notifications).all();
		expect(rows.map((r) => r.userId).sort()).toEqual([bruno, chloe]);
		expect(rows[0]).toMatchObject({ kind: 'proposal_comment', councilId, link: '/c/conseil/proposals/1', readAt: null });
		expect(rows[0].params).toEqual({ title: 'Une cantine bio', actor: 'Damien' });
		expect(send({ userIds: [alice], exceptUserId: alice })).toEqual([]);
		expect(send({ userIds: [] })).toEqual([]);
	});

	it('writes inside the caller’s transaction', () => {
		expect(() =>
			db().transaction((tx) => {
				notify(tx, base());
				throw new Error('rolled back');
			})
		).toThrow('rolled back');
		expect(db().select().from(notifications).all()).toEqual([]);
	});

	it('refuses links that leave the site and unknown kinds', () => {
		for (const link of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'c/x', '/a\nb']) {
			expect(isInternalLink(link), link).toBe(false);
			expect(() => send({ link })).toThrow();
		}
		expect(isInternalLink('/c/demo/proposals/3?tab=comments#c4')).toBe(true);
		expect(() => send({ kind: 'nope' as never })).toThrow();
	});

	it('follows preferences: in-app off → no row; email on → an outbox mail', () => {
		setPreferences(bruno, [{ kind: 'proposal_comment', inApp: false, email: true }]);
		setPreferences(chloe, [{ kind: 'proposal_support', inApp: false, email: false }]);
		expect(send()).toEqual([alice, chloe]);
		const queued = mails();
		expect(queued.map((m) => m.to)).toEqual(['bruno@example.org']);
		expect(send({ kind: 'proposal_support' })).toEqual([alice, bruno]);
		expect(mails()).toHaveLength(1);
	});

	it('emails by default only for answers and state changes', () => {
		send({ kind: 'proposal_comment' });
		send({ kind: 'proposal_amendment' });
		send({ kind: 'proposal_support' });
		expect(mails()).toEqual([]);
		send({ kind: 'proposal_answer' });
		expect(
			mails()
				.map((m) => m.to)
				.sort()
		).toEqual(['alice@example.org', 'bruno@example.org', 'chloe@example.org']);
		setPreferences(alice, [{ kind: 'proposal_state', inApp: true, email: false }]);
		send({ kind: 'proposal_state', params: { title: 'Une cantine bio', state: 'accepted' } });
		expect(mails().filter((m) => m.to === 'alice@example.org')).toHaveLength(1);
		expect(mails()).toHaveLength(5);
	});

	it('composes the email in the recipient’s language (French by default)', () => {
		send({ kind: 'proposal_answer', userIds: [bruno, chloe] });
		const [fr, en] = ['bruno@example.org', 'chloe@example.org'].map((to) => mails().find((m) => m.to === to)!);
		expect(fr.subject).toBe('[Cocon] La proposition « Une cantine bio » a reçu une réponse officielle');
		expect(fr.body).toContain('Bonjour Bruno,');
		expect(fr.body).toMatch(/Pour voir le détail : http\S+\/c\/conseil\/proposals\/1/);
		expect(fr.body).toMatch(/\/notifications\/settings/);
		expect(en.subject).toBe('[Cocon] The proposal “Une cantine bio” received an official answer');
		expect(en.body).toContain('Hello Chloe,');
	});
});

describe('reading notifications', () => {
	it('counts unread, lists newest first with pages, and marks read', () => {
		for (let i = 1; i <= 25; i++) send({ userIds: [bruno], params: { title: `P${i}`, actor: 'A' } });
		send({ userIds: [alice] });
		expect(unreadCount(bruno)).toBe(25);
		const first = listNotifications(bruno, { page: 1 });
		expect(first).toMatchObject({ total: 25, pages: 2, page: 1, unread: 25 });
		expect(first.items).toHaveLength(20);
		expect(first.items[0].params.title).toBe('P25');
		expect(first.items[0].councilName).toBe('Conseil');
		const second = listNotifications(bruno, { page: 2 });
		expect(second.items.map((i) => i.params.title)).toEqual(['P5', 'P4', 'P3', 'P2', 'P1']);
		expect(listNotifications(bruno, { page: 99 }).page).toBe(2);

		const events: DomainEvent[] = [];
		const off = subscribe((e) => events.push(e));
		expect(markRead(bruno, [first.items[0].id, first.items[1].id])).toBe(2);
		expect(unreadCount(bruno)).toBe(23);
		expect(getNotification(bruno, first.items[0].id)?.readAt).toBeInstanceOf(Date);
		// someone else's notification is neither visible nor markable
		const alices = listNotifications(alice).items[0].id;
		expect(getNotification(bruno, alices)).toBeUndefined();
		expect(markRead(bruno, [alices])).toBe(0);
		expect(unreadCount(alice)).toBe(1);
		expect(markRead(bruno, 'all')).toBe(23);
		expect(unreadCount(bruno)).toBe(0);
		expect(markRead(bruno, 'all')).toBe(0);
		off();
		expect(events).toEqual([
			{ type: 'notifications.changed', userIds: [bruno] },
			{ type: 'notifications.changed', userIds: [bruno] }
		]);
	});
});

describe('preferences', () => {
	it('has defaults for every kind and saves choices', () => {
		expect(getPreferences(bruno)).toEqual([
			{ kind: 'proposal_comment', inApp: true, email: false },
			{ kind: 'proposal_amendment', inApp: true, email: false },
			{ kind: 'proposal_state', inApp: true, email: true },
			{ kind: 'proposal_answer', inApp: true, email: true },
			{ kind: 'proposal_support', inApp: true, email: false },
			{ kind: 'session_convened', inApp: true, email: true },
			{ kind: 'questionnaire_opened', inApp: true, email: true },
			{ kind: 'approval_round_opened', inApp: true, email: true },
			{ kind: 'evaluation_reminder', inApp: true, email: true }
		]);
		setPreferences(bruno, [
			{ kind: 'proposal_answer', inApp: false, email: false },
			{ kind: 'unknown', inApp: false, email: false }
		]);
		setPreferences(bruno, [{ kind: 'proposal_support', inApp: true, email: true }]);
		const prefs = getPreferences(bruno);
		expect(prefs.find((p) => p.kind === 'proposal_answer')).toEqual({ kind: 'proposal_answer', inApp: false, email: false });
		expect(prefs.find((p) => p.kind === 'proposal_support')).toEqual({ kind: 'proposal_support', inApp: true, email: true });
		expect(getPreferences(alice).find((p) => p.kind === 'proposal_answer')).toEqual({ kind: 'proposal_answer', inApp: true, email: true });
	});

	it('reads the settings form: a missing checkbox is off', () => {
		const parsed = preferencesSchema(NOTIFICATION_KINDS).parse({ proposal_comment_in_app: 'on', proposal_answer_email: 'on' });
		expect(parsed).toContainEqual({ kind: 'proposal_comment', inApp: true, email: false });
		expect(parsed).toContainEqual({ kind: 'proposal_answer', inApp: false, email: true });
		expect(parsed).toContainEqual({ kind: 'proposal_state', inApp: false, email: false });
	});
});

describe('notification texts', () => {
	it('renders in the reader’s language and never prints undefined', () => {
		expect(notificationText('proposal_comment', { title: 'T', actor: 'Ana' }, 'fr')).toBe('Ana a commenté la proposition « T »');
		expect(notificationText('proposal_comment', { title: 'T', actor: 'Ana' }, 'en')).toBe('Ana commented on the proposal “T”');
		expect(notificationText('proposal_support', { title: 'T' }, 'fr')).toBe('Quelqu’un soutient la proposition « T »');
		expect(notificationText('proposal_state', { title: 'T' }, 'en')).not.toContain('undefined');
		expect(notificationText('proposal_state', { title: 'T', state: 'weird_code' }, 'en')).toBe('The proposal “T” is now: weird_code');
		expect(notificationText('no_such_kind', { title: 'T' }, 'fr')).toBe('T');
	});
});
