import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { createUser } from '../auth/users';
import { users } from '../auth/tables';
import { createCouncil } from '../councils/create';
import { outbox } from '../mail/tables';
import { notify, setPreferences, type NotifyInput } from './notify';
import { notificationDigestItems } from './tables';
import { composeDigest, DIGEST_PERIOD, getEmailDelivery, sendDueDigests, setEmailDelivery as setDelivery, type EmailDelivery } from './digest';

const setEmailDelivery = (userId: number, delivery: EmailDelivery, now: number) => db().transaction((tx) => setDelivery(tx, userId, delivery, now));

let councilId: number;
let bruno: number;
let chloe: number;
const T0 = Date.UTC(2026, 11, 1, 8);

beforeEach(async () => {
	useTestDatabase();
	const admin = (await createUser({ email: 'admin@example.org', name: 'Admin', isAdmin: true })).id;
	bruno = (await createUser({ email: 'bruno@example.org', name: 'Bruno' })).id;
	chloe = (await createUser({ email: 'chloe@example.org', name: 'Chloe' })).id;
	db().update(users).set({ locale: 'en' }).where(eq(users.id, chloe)).run();
	councilId = createCouncil({ name: 'Conseil', slug: 'conseil', territory: '', description: '', isPublic: true, weighting: 'none', colleges: [] }, admin).id;
});

const send = (over: Partial<NotifyInput> = {}) =>
	db().transaction((tx) => notify(tx, { userIds: [bruno, chloe], kind: 'proposal_answer', councilId, params: { title: 'Cantine bio' }, link: '/c/conseil/proposals/1', ...over }));
const mails = () => db().select().from(outbox).all();

describe('weekly digest', () => {
	it('holds back the emails of those who chose it, and only the kinds they get by email', () => {
		expect(getEmailDelivery(bruno)).toBe('immediate');
		expect(setEmailDelivery(bruno, 'weekly', T0)).toBe(true);
		expect(setEmailDelivery(bruno, 'weekly', T0)).toBe(false);
		send();
		send({ kind: 'proposal_comment', params: { title: 'Cantine bio', actor: 'Ana' } }); // not by email by default
		expect(mails().map((m) => m.to)).toEqual(['chloe@example.org']);
		expect(
			db()
				.select()
				.from(notificationDigestItems)
				.all()
				.map((i) => [i.userId, i.kind])
		).toEqual([[bruno, 'proposal_answer']]);
	});

	it('sends one mail a week with every held notification, grouped by council, then starts a new week', () => {
		setEmailDelivery(bruno, 'weekly', T0);
		setPreferences(bruno, [{ kind: 'proposal_comment', inApp: true, email: true }]);
		send({ userIds: [bruno] });
		send({ userIds: [bruno], kind: 'proposal_comment', params: { title: 'Zéro déchet', actor: 'Ana' }, link: '/c/conseil/proposals/2' });
		expect(sendDueDigests(T0 + DIGEST_PERIOD - 1)).toBe(0);
		expect(mails()).toEqual([]);
		expect(sendDueDigests(T0 + DIGEST_PERIOD)).toBe(1);
		const [digest] = mails();
		expect(digest.to).toBe('bruno@example.org');
		expect(digest.subject).toBe('[Cocon] Votre récapitulatif de la semaine : 2 notifications');
		expect(digest.body).toContain('Bonjour Bruno,');
		expect(digest.body).toContain('Conseil\n');
		expect(digest.body).toContain('- La proposition « Cantine bio » a reçu une réponse officielle');
		expect(digest.body).toContain('- Ana a commenté la proposition « Zéro déchet »');
		expect(digest.body).toMatch(/\n {2}http\S+\/c\/conseil\/proposals\/2\n/);
		expect(digest.body.indexOf('Cantine bio')).toBeLessThan(digest.body.indexOf('Zéro déchet'));
		expect(db().select().from(notificationDigestItems).all()).toEqual([]);
		// nothing new: no mail; a new item waits for the next week
		expect(sendDueDigests(T0 + DIGEST_PERIOD + 1000)).toBe(0);
		send({ userIds: [bruno] });
		expect(sendDueDigests(T0 + DIGEST_PERIOD + 1000)).toBe(0);
		expect(sendDueDigests(T0 + 2 * DIGEST_PERIOD)).toBe(1);
		expect(mails()).toHaveLength(2);
	});

	it('writes the digest in the reader’s language, and sends what waits at once after going back to immediate emails', () => {
		setEmailDelivery(chloe, 'weekly', T0);
		send({ userIds: [chloe] });
		setEmailDelivery(chloe, 'immediate', T0 + 1000);
		expect(sendDueDigests(T0 + 2000)).toBe(1);
		const [digest] = mails();
		expect(digest.subject).toBe('[Cocon] Your weekly digest: 1 notification');
		expect(digest.body).toContain('Hello Chloe,');
		expect(digest.body).toContain('- The proposal “Cantine bio” received an official answer');
	});

	it('composes nothing undefined for notifications outside any council', () => {
		const mail = composeDigest({ name: 'Ana', locale: null }, [{ kind: 'proposal_state', params: { title: 'T', state: 'accepted' }, link: '/x', councilName: null, createdAt: new Date(T0) }]);
		expect(mail.body).not.toContain('undefined');
		expect(mail.body).toContain('Cocon\n');
	});
});
