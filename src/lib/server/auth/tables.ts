import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** Always stored lower-case and trimmed. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	/** argon2id hash; null until the person sets a password (imported or invited members). */
	passwordHash: text('password_hash'),
	isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
	locale: text('locale'),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	/**
	 * When the person proved they receive mail at `email`. Accounts made through an invitation, the setup link,
	 * ADMIN_EMAIL or the demo seed are verified by construction; an account made through a workshop guest link
	 * is not until its owner follows the link mailed to them (email-verification.ts). Until then the address
	 * counts for nothing: an import or invitation of it does not attach a membership to that account.
	 */
	emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** sha256 of the token, hex encoded: the token itself is never stored. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** One-time links that let the first platform admin create an account when none is configured. */
export const setupTokens = sqliteTable('setup_tokens', {
	tokenHash: text('token_hash').primaryKey(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	usedAt: integer('used_at', { mode: 'timestamp_ms' })
});

/** Pending proofs of an address (only the sha256 of the mailed token is stored); one per account at most. */
export const emailVerifications = sqliteTable('email_verifications', {
	tokenHash: text('token_hash').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.unique()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
});
