import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';

/** In-app notifications. The text is rendered when read, in the reader's language, from kind + params. */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		councilId: integer('council_id').references(() => councils.id, { onDelete: 'cascade' }),
		/** one of NOTIFICATION_KINDS */
		kind: text('kind').notNull(),
		params: text('params', { mode: 'json' }).notNull().$type<Record<string, string>>(),
		/** an absolute path inside the application, e.g. /c/demo/proposals/12 */
		link: text('link').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
		readAt: integer('read_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.id), index('notifications_unread_idx').on(t.userId, t.readAt)]
);

/** A person's choice per kind; a missing row means the defaults (see notify.ts). */
export const notificationPreferences = sqliteTable(
	'notification_preferences',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		inApp: integer('in_app', { mode: 'boolean' }).notNull(),
		email: integer('email', { mode: 'boolean' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.kind] })]
);

/** How a person gets their notification emails: one by one ('immediate', the default: no row) or 'weekly'. */
export const notificationDelivery = sqliteTable('notification_delivery', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	/** immediate | weekly */
	email: text('email').notNull().default('immediate'),
	/** when the last digest was sent (or the weekly choice made): the next one is due a week later */
	lastDigestAt: integer('last_digest_at', { mode: 'timestamp_ms' })
});

/** Emails held back for a person who chose the weekly digest; the digest sends and deletes them. */
export const notificationDigestItems = sqliteTable(
	'notification_digest_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		councilId: integer('council_id').references(() => councils.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		params: text('params', { mode: 'json' }).notNull().$type<Record<string, string>>(),
		link: text('link').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`)
	},
	(t) => [index('notification_digest_items_user_idx').on(t.userId, t.id)]
);
