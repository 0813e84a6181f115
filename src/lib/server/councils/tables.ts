import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const organisations = sqliteTable(
	'organisations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		type: text('type').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('organisations_name_type_idx').on(sql`lower(${t.name})`, t.type)]
);

export const councils = sqliteTable('councils', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	territory: text('territory').notNull().default(''),
	description: text('description').notNull().default(''),
	isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(true),
	/** none | member | college */
	weighting: text('weighting').notNull().default('none'),
	/** simple | absolute | two_thirds | three_quarters */
	majority: text('majority').notNull().default('simple'),
	/** cast | cast_abstain | entitled | present */
	majorityBase: text('majority_base').notNull().default('cast'),
	/** none | count | share */
	quorumKind: text('quorum_kind').notNull().default('none'),
	/** a member count, or a percentage of entitled members */
	quorumValue: real('quorum_value').notNull().default(0),
	proxyLimit: integer('proxy_limit').notNull().default(1),
	/** secret votes: a group (college, paper) with fewer participants is shown only merged into the total */
	secretMinGroup: integer('secret_min_group').notNull().default(5),
	supportThreshold: integer('support_threshold').notNull().default(0),
	/** the default speaking time of a list of speakers, in seconds (0: no limit); an agenda item may set its own */
	speakingSeconds: integer('speaking_seconds').notNull().default(180),
	/** a public council's page offers "ask to join" while this is on */
	joinRequestsOpen: integer('join_requests_open', { mode: 'boolean' }).notNull().default(false),
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
});

export const colleges = sqliteTable(
	'colleges',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		/** share of a college-weighted result, in percent */
		weight: real('weight').notNull().default(0),
		position: integer('position').notNull().default(0)
	},
	(t) => [uniqueIndex('colleges_council_name_idx').on(t.councilId, t.name)]
);

export const themes = sqliteTable(
	'themes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		/** theme | lever */
		kind: text('kind').notNull().default('theme'),
		name: text('name').notNull(),
		position: integer('position').notNull().default(0),
		archived: integer('archived', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [uniqueIndex('themes_council_kind_name_idx').on(t.councilId, t.kind, t.name)]
);

export const memberships = sqliteTable(
	'memberships',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		organisationId: integer('organisation_id').references(() => organisations.id, {
			onDelete: 'set null'
		}),
		/** JSON array of roles: secretariat, chair, member, evaluator, observer */
		roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
		/** per-member vote weight, used when the council weights votes by member */
		voteWeight: real('vote_weight').notNull().default(1),
		/** active | deactivated */
		status: text('status').notNull().default('active'),
		deactivatedAt: integer('deactivated_at', { mode: 'timestamp_ms' }),
		joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('memberships_council_user_idx').on(t.councilId, t.userId), index('memberships_user_idx').on(t.userId), index('memberships_college_idx').on(t.collegeId)]
);

export const invitations = sqliteTable(
	'invitations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		name: text('name').notNull().default(''),
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		organisationName: text('organisation_name').notNull().default(''),
		organisationType: text('organisation_type').notNull().default('other'),
		roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
		/** sha256 of the single-use token */
		tokenHash: text('token_hash').notNull().unique(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
		acceptedBy: integer('accepted_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('invitations_council_idx').on(t.councilId)]
);

/**
 * Someone asks to join a public council. The address is confirmed by a link (only the sha256 of its token is
 * stored); then the secretariat accepts (choosing college and role) or declines with a reason.
 * status: unconfirmed → pending → accepted | declined
 */
export const joinRequests = sqliteTable(
	'join_requests',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		name: text('name').notNull(),
		organisationName: text('organisation_name').notNull().default(''),
		organisationType: text('organisation_type').notNull().default('other'),
		/** 14 digits, checked (Luhn) when given */
		siret: text('siret'),
		/** the college asked for (the secretariat chooses the one granted) */
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		motivation: text('motivation').notNull().default(''),
		/** the language the person wrote in: their mails use it */
		locale: text('locale').notNull().default('fr'),
		status: text('status').notNull().default('unconfirmed'),
		/** sha256 of the confirmation token */
		tokenHash: text('token_hash').notNull().unique(),
		tokenExpiresAt: integer('token_expires_at', { mode: 'timestamp_ms' }).notNull(),
		confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decisionReason: text('decision_reason'),
		membershipId: integer('membership_id').references(() => memberships.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('join_requests_council_status_idx').on(t.councilId, t.status), index('join_requests_email_idx').on(t.email)]
);
