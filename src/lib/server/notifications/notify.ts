// Notifications: written in the caller's transaction (in-app rows, outbox mails), read and marked by
// their recipient. The caller publishes { type: 'notifications.changed', userIds } after its commit.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';
import { queueMail } from '../mail/outbox';
import { config } from '../config';
import { publish } from '../events/bus';
import { notificationPreferences, notifications } from './tables';
import { EMAIL_BY_DEFAULT, NOTIFICATION_KINDS, isNotificationKind, type NotificationKind } from './kinds';
import { message, notificationText, toLocale, type Locale } from './text';
import { holdForDigest, weeklyAmong } from './digest';

export { NOTIFICATION_KINDS, EMAIL_BY_DEFAULT, isNotificationKind, type NotificationKind };

export type NotifyInput = {
	userIds: number[];
	kind: NotificationKind;
	councilId: number | null;
	/** text params of the kind's message, e.g. { title, actor } (proposal_state also takes { state }) */
	params: Record<string, string>;
	/** a path inside the application, e.g. /c/demo/proposals/12 */
	link: string;
	/** the person who caused it (never notified of their own action) */
	exceptUserId?: number;
};

/** A path on this site: starts with one "/", no scheme, no backslash or control character. */
export function isInternalLink(link: string): boolean {
	return /^\/(?![/\\])/.test(link) && !/[\\\u0000-\u001f\u007f]/.test(link) && link.length <= 500;
}

function composeEmail(person: { name: string; locale: string | null }, kind: NotificationKind, params: Record<string, string>, link: string) {
	const locale: Locale = toLocale(person.locale);
	const text = notificationText(kind, params, locale);
	const m = (key: string, values: Record<string, unknown> = {}) => message(key, values, locale) ?? '';
	const body = [
		m('notifications_email_greeting', { name: person.name }),
		'',
		text,
		'',
		m('notifications_email_open', { url: `${config.origin}${link}` }),
		'',
		'-- ',
		m('notifications_email_footer', { url: `${config.origin}/notifications/settings` })
	].join('\n');
	return {
		subject: m('notifications_email_subject', { text })
			.replace(/[\r\n]+/g, ' ')
			.slice(0, 250),
		body
	};
}

/**
 * Notifies people inside the caller's transaction: once each, never `exceptUserId`, following each
 * person's preferences for the kind (in-app row; outbox mail in the person's language, or held back for the
 * weekly digest of those who chose it: digest.ts). Unknown user ids
 * are skipped. Returns the ids that got an in-app notification (to publish 'notifications.changed').
 */
export function notify(tx: Tx, input: NotifyInput): number[] {
	if (!isNotificationKind(input.kind)) throw new Error(`unknown notification kind ${input.kind}`);
	if (!isInternalLink(input.link)) throw new Error('a notification links to a path inside the application');
	const ids = [...new Set(input.userIds)].filter((id) => Number.isSafeInteger(id) && id > 0 && id !== input.exceptUserId);
	if (ids.length === 0) return [];
	const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, String(v ?? '')]));
	const people = tx.select({ id: users.id, email: users.email, name: users.name, locale: users.locale }).from(users).where(inArray(users.id, ids)).all();
	const prefs = new Map(
		tx
			.select()
			.from(notificationPreferences)
			.where(and(inArray(notificationPreferences.userId, ids), eq(notificationPreferences.kind, input.kind)))
			.all()
			.map((p) => [p.userId, p])
	);
	const emailDefault = EMAIL_BY_DEFAULT.includes(input.kind);
	const weekly = weeklyAmong(tx, ids);
	const rows: (typeof notifications.$inferInsert)[] = [];
	for (const person of people.sort((a, b) => a.id - b.id)) {
		const pref = prefs.get(person.id);
		if (pref?.inApp ?? true) rows.push({ userId: person.id, councilId: input.councilId, kind: input.kind, params, link: input.link });
		if (!(pref?.email ?? emailDefault)) continue;
		if (weekly.has(person.id)) holdForDigest(tx, { userId: person.id, councilId: input.councilId, kind: input.kind, params, link: input.link });
		else queueMail(tx, { to: person.email, ...composeEmail(person, input.kind, params, input.link) });
	}
	if (rows.length > 0) tx.insert(notifications).values(rows).run();
	return rows.map((r) => r.userId);
}

export function unreadCount(userId: number): number {
	return (
		db()
			.select({ n: count() })
			.from(notifications)
			.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
			.get()?.n ?? 0
	);
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = {
	id: number;
	kind: string;
	params: Record<string, string>;
	link: string;
	councilId: number | null;
	councilName: string | null;
	createdAt: Date;
	readAt: Date | null;
};

/** One page of a person's notifications, newest first. */
export function listNotifications(userId: number, options: { page?: number; pageSize?: number } = {}) {
	const pageSize = Math.max(1, Math.min(100, options.pageSize ?? NOTIFICATIONS_PAGE_SIZE));
	const total = db().select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages);
	const items: NotificationItem[] = db()
		.select({
			id: notifications.id,
			kind: notifications.kind,
			params: notifications.params,
			link: notifications.link,
			councilId: notifications.councilId,
			councilName: councils.name,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt
		})
		.from(notifications)
		.leftJoin(councils, eq(councils.id, notifications.councilId))
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all();
	return { items, total, page, pages, pageSize, unread: unreadCount(userId) };
}

/** One of the person's notifications (undefined for someone else's). */
export function getNotification(userId: number, id: number) {
	return db()
		.select()
		.from(notifications)
		.where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
		.get();
}

/** Marks the person's own notifications as read; publishes the new count. Returns how many changed. */
export function markRead(userId: number, ids: number[] | 'all'): number {
	if (ids !== 'all' && ids.length === 0) return 0;
	const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
	const where = ids === 'all' ? mine : and(mine, inArray(notifications.id, ids));
	const changed = db()
		.update(notifications)
		.set({ readAt: sql`(cast(unixepoch('subsec') * 1000 as integer))` })
		.where(where)
		.run().changes;
	if (changed > 0) publish({ type: 'notifications.changed', userIds: [userId] });
	return changed;
}

export type NotificationPreference = { kind: NotificationKind; inApp: boolean; email: boolean };

/** The person's choice for every kind, defaults filled in, in NOTIFICATION_KINDS order. */
export function getPreferences(userId: number): NotificationPreference[] {
	const saved = new Map(
		db()
			.select()
			.from(notificationPreferences)
			.where(eq(notificationPreferences.userId, userId))
			.all()
			.map((p) => [p.kind, p])
	);
	return NOTIFICATION_KINDS.map((kind) => ({
		kind,
		inApp: saved.get(kind)?.inApp ?? true,
		email: saved.get(kind)?.email ?? EMAIL_BY_DEFAULT.includes(kind)
	}));
}

/** Saves the given kinds' choices (other kinds keep theirs); unknown kinds are ignored. */
export function setPreferences(userId: number, prefs: { kind: string; inApp: boolean; email: boolean }[]): void {
	const rows = prefs.filter((p) => isNotificationKind(p.kind)).map((p) => ({ userId, kind: p.kind, inApp: Boolean(p.inApp), email: Boolean(p.email) }));
	if (rows.length === 0) return;
	db().transaction((tx) => {
		for (const row of rows) {
			tx.insert(notificationPreferences)
				.values(row)
				.onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { inApp: row.inApp, email: row.email } })
				.run();
		}
	});
}
