// The weekly email digest: a person who prefers fewer emails chooses 'weekly' delivery; the emails their
// preferences ask for are then held back (notify.ts writes them here) and sent together once a week, by
// sendDueDigests(), which the server runs every hour (startup.ts).
import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';
import { queueMail } from '../mail/outbox';
import { config } from '../config';
import { notificationDelivery, notificationDigestItems } from './tables';
import { message, notificationText, toLocale, type Locale } from './text';

export const EMAIL_DELIVERIES = ['immediate', 'weekly'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];
export const DIGEST_PERIOD = 7 * 24 * 60 * 60 * 1000;

export function getEmailDelivery(userId: number): EmailDelivery {
	const row = db().select({ email: notificationDelivery.email }).from(notificationDelivery).where(eq(notificationDelivery.userId, userId)).get();
	return row?.email === 'weekly' ? 'weekly' : 'immediate';
}

/** The ids among `userIds` who chose the weekly digest (read in the caller's transaction). */
export function weeklyAmong(tx: Tx, userIds: number[]): Set<number> {
	if (!userIds.length) return new Set();
	return new Set(
		tx
			.select({ id: notificationDelivery.userId })
			.from(notificationDelivery)
			.where(and(inArray(notificationDelivery.userId, userIds), eq(notificationDelivery.email, 'weekly')))
			.all()
			.map((r) => r.id)
	);
}

/** Holds an email back for the person's next digest, inside the caller's transaction. */
export function holdForDigest(tx: Tx, item: { userId: number; councilId: number | null; kind: string; params: Record<string, string>; link: string }): void {
	tx.insert(notificationDigestItems).values(item).run();
}

/**
 * Chooses how emails arrive. Choosing 'weekly' starts the week now; going back to 'immediate' leaves what
 * was held back to the next run of sendDueDigests, which sends it at once. Returns whether it changed.
 */
export function setEmailDelivery(tx: Tx, userId: number, delivery: EmailDelivery, now: number): boolean {
	const current = tx.select({ email: notificationDelivery.email }).from(notificationDelivery).where(eq(notificationDelivery.userId, userId)).get()?.email ?? 'immediate';
	if (current === delivery) return false;
	tx.insert(notificationDelivery)
		.values({ userId, email: delivery, lastDigestAt: new Date(now) })
		.onConflictDoUpdate({ target: notificationDelivery.userId, set: { email: delivery, lastDigestAt: new Date(now) } })
		.run();
	return true;
}

export type DigestItem = { kind: string; params: Record<string, string>; link: string; councilName: string | null; createdAt: Date };

/** The digest mail: one line per notification, grouped by council in the order they happened. */
export function composeDigest(person: { name: string; locale: string | null }, items: DigestItem[]): { subject: string; body: string } {
	const locale: Locale = toLocale(person.locale);
	const m = (key: string, values: Record<string, unknown> = {}) => message(key, values, locale) ?? '';
	const groups = new Map<string, DigestItem[]>();
	for (const item of items) {
		const key = item.councilName ?? m('notifications_digest_platform');
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	const lines = [m('notifications_email_greeting', { name: person.name }), '', m('notifications_digest_intro', { count: items.length }), ''];
	for (const [council, list] of groups) {
		lines.push(council, '');
		for (const item of list) lines.push(`- ${notificationText(item.kind, item.params, locale)}`, `  ${config.origin}${item.link}`);
		lines.push('');
	}
	lines.push('-- ', m('notifications_digest_footer', { url: `${config.origin}/notifications/settings` }));
	return { subject: m('notifications_digest_subject', { count: items.length }), body: lines.join('\n') };
}

/**
 * Sends every digest that is due: for each person with emails held back whose week has passed (or who went
 * back to immediate emails), one mail in their language, the items deleted and the week restarted, in one
 * transaction per person. Returns how many digests were queued.
 */
export function sendDueDigests(now = Date.now()): number {
	const due = new Date(now - DIGEST_PERIOD);
	const people = db()
		.selectDistinct({ id: users.id, name: users.name, email: users.email, locale: users.locale })
		.from(notificationDigestItems)
		.innerJoin(users, eq(users.id, notificationDigestItems.userId))
		.leftJoin(notificationDelivery, eq(notificationDelivery.userId, users.id))
		.where(or(isNull(notificationDelivery.userId), eq(notificationDelivery.email, 'immediate'), isNull(notificationDelivery.lastDigestAt), lte(notificationDelivery.lastDigestAt, due)))
		.all();
	for (const person of people) {
		db().transaction((tx) => {
			const items = tx
				.select({
					id: notificationDigestItems.id,
					kind: notificationDigestItems.kind,
					params: notificationDigestItems.params,
					link: notificationDigestItems.link,
					councilName: councils.name,
					createdAt: notificationDigestItems.createdAt
				})
				.from(notificationDigestItems)
				.leftJoin(councils, eq(councils.id, notificationDigestItems.councilId))
				.where(eq(notificationDigestItems.userId, person.id))
				.orderBy(asc(notificationDigestItems.id))
				.all();
			if (!items.length) return;
			queueMail(tx, { to: person.email, ...composeDigest(person, items) });
			tx.delete(notificationDigestItems)
				.where(
					inArray(
						notificationDigestItems.id,
						items.map((i) => i.id)
					)
				)
				.run();
			tx.update(notificationDelivery)
				.set({ lastDigestAt: new Date(now) })
				.where(eq(notificationDelivery.userId, person.id))
				.run();
		});
	}
	return people.length;
}
