// Proposals: the proposal row (with denormalised counts for fast lists), its themes, co-authors, supports,
// comments, versions, amendments and the history of everything that happened to it (the timeline).
// The full-text index (FTS5) is not a drizzle table: see search.ts.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { councils, themes, organisations, colleges } from '../councils/tables';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export type ProposalLink = { url: string; label: string };

export const proposals = sqliteTable(
	'proposals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		/** the author's organisation and college when the proposal was written (kept if they move later) */
		organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		/** Markdown source; rendered (sanitised) on the server */
		body: text('body').notNull(),
		links: text('links', { mode: 'json' })
			.$type<ProposalLink[]>()
			.notNull()
			.default(sql`'[]'`),
		/** see states.ts */
		state: text('state').notNull().default('draft'),
		/** the current version number (proposal_versions) */
		version: integer('version').notNull().default(1),
		mergedIntoId: integer('merged_into_id'),
		/** the vote (votes engine) that adopted or rejected the proposal */
		voteId: integer('vote_id'),
		supportsCount: integer('supports_count').notNull().default(0),
		commentsCount: integer('comments_count').notNull().default(0),
		/** the latest official answer, denormalised for lists and exports */
		answer: text('answer'),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
		/** implementation progress in percent */
		progress: integer('progress'),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		/** the writing form's one-time key: the same form sent twice (double click, retry) creates one proposal */
		submissionKey: text('submission_key'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [
		uniqueIndex('proposals_author_submission_key_idx').on(t.authorId, t.submissionKey),
		// Lists walk one of these in their sort order; each carries the state, so that checking it (and the
		// search's id test) never reads the large proposal row. See list.ts.
		index('proposals_council_state_submitted_idx').on(t.councilId, t.state, t.submittedAt),
		index('proposals_council_submitted_idx').on(t.councilId, t.submittedAt, t.state),
		index('proposals_council_supports_idx').on(t.councilId, t.supportsCount, t.state),
		index('proposals_council_comments_idx').on(t.councilId, t.commentsCount, t.state),
		index('proposals_council_updated_idx').on(t.councilId, t.updatedAt, t.state),
		index('proposals_author_idx').on(t.authorId),
		index('proposals_college_idx').on(t.collegeId)
	]
);

export const proposalThemes = sqliteTable(
	'proposal_themes',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		themeId: integer('theme_id')
			.notNull()
			.references(() => themes.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.themeId] }), index('proposal_themes_theme_idx').on(t.themeId, t.proposalId)]
);

export const proposalCoauthors = sqliteTable(
	'proposal_coauthors',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.userId] }), index('proposal_coauthors_user_idx').on(t.userId)]
);

export const proposalSupports = sqliteTable(
	'proposal_supports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('proposal_supports_proposal_user_idx').on(t.proposalId, t.userId), index('proposal_supports_user_idx').on(t.userId)]
);

/** Who follows a proposal: they hear of its state changes, answers, amendments and comments. */
export const proposalFollows = sqliteTable(
	'proposal_follows',
	{
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.userId] }), index('proposal_follows_user_idx').on(t.userId)]
);

export const proposalComments = sqliteTable(
	'proposal_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** replies have one level only: the parent is always a top-level comment */
		parentId: integer('parent_id'),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
		hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
		hiddenBy: integer('hidden_by').references(() => users.id, { onDelete: 'set null' }),
		hiddenReason: text('hidden_reason')
	},
	(t) => [index('proposal_comments_proposal_idx').on(t.proposalId, t.createdAt)]
);

export const proposalVersions = sqliteTable(
	'proposal_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		body: text('body').notNull(),
		/** the accepted amendment that produced this version (null for the first one) */
		amendmentId: integer('amendment_id'),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('proposal_versions_proposal_version_idx').on(t.proposalId, t.version)]
);

export const proposalAmendments = sqliteTable(
	'proposal_amendments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** the version the amendment was written against */
		baseVersion: integer('base_version').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		body: text('body').notNull(),
		/** why the change is proposed */
		reason: text('reason').notNull().default(''),
		/** pending | accepted | rejected */
		status: text('status').notNull().default('pending'),
		decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
		decisionReason: text('decision_reason'),
		/** the version created when accepted */
		resultingVersion: integer('resulting_version'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('proposal_amendments_proposal_idx').on(t.proposalId, t.status)]
);

/**
 * The story of a proposal: every transition (who, when, why), official answers, implementation updates and
 * accepted amendments. The proposal page shows it as a timeline.
 */
export const proposalEvents = sqliteTable(
	'proposal_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		/** null when the platform did it (a vote result) */
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** created | transition | answer | update | version */
		kind: text('kind').notNull(),
		/** the transition's name (submit, accept, decline…) */
		transition: text('transition'),
		fromState: text('from_state'),
		toState: text('to_state'),
		/** the reason given (declining, abandoning, withdrawing…) or an implementation note */
		note: text('note'),
		/** an official answer given with this event */
		answer: text('answer'),
		progress: integer('progress'),
		voteId: integer('vote_id'),
		mergedIntoId: integer('merged_into_id'),
		version: integer('version'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.createdAt)]
);
