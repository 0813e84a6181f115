// Thematic workshops (docs/domain.md, 'The co-construction loop'): per council and year, on a theme; facilitators and participants, guests
// invited by single-use links, meetings with shared notes and attendance, a contribution board (votes,
// comments, clusters, retained items), outputs turned into proposal drafts (provenance + co-author
// invitations), and links from the report to plenary agenda items.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { councils, themes } from '../councils/tables';
import { proposals } from '../proposals/tables';
import { agendaItems } from '../plenaries/tables';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const workshops = sqliteTable(
	'workshops',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		themeId: integer('theme_id').references(() => themes.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		/** Markdown */
		mandate: text('mandate').notNull().default(''),
		/** open | closed */
		status: text('status').notNull().default('open'),
		/** the facilitators' conclusions (Markdown), written when closing */
		conclusions: text('conclusions').notNull().default(''),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('workshops_council_year_idx').on(t.councilId, t.year)]
);

/** Facilitators and participants (members who joined). Leaving deletes the row. */
export const workshopMembers = sqliteTable(
	'workshop_members',
	{
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** facilitator | participant */
		role: text('role').notNull().default('participant'),
		joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [primaryKey({ columns: [t.workshopId, t.userId] }), index('workshop_members_user_idx').on(t.userId)]
);

/** Guest links (single use; only the sha256 of the token is stored) and the grants they became. */
export const workshopGuests = sqliteTable(
	'workshop_guests',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		/** who the link is for (shown to facilitators) */
		label: text('label').notNull(),
		tokenHash: text('token_hash').notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('workshop_guests_token_idx').on(t.tokenHash), index('workshop_guests_user_idx').on(t.userId, t.workshopId)]
);

export const workshopMeetings = sqliteTable(
	'workshop_meetings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		agenda: text('agenda').notNull().default(''),
		/** shared Markdown notes; notesVersion grows by one at each save (the conflict rule) */
		notes: text('notes').notNull().default(''),
		notesVersion: integer('notes_version').notNull().default(0),
		notesUpdatedBy: integer('notes_updated_by').references(() => users.id, { onDelete: 'set null' }),
		notesUpdatedAt: integer('notes_updated_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('workshop_meetings_workshop_idx').on(t.workshopId, t.startsAt)]
);

export const workshopAttendance = sqliteTable(
	'workshop_attendance',
	{
		meetingId: integer('meeting_id')
			.notNull()
			.references(() => workshopMeetings.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.userId] })]
);

export const workshopClusters = sqliteTable(
	'workshop_clusters',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		retained: integer('retained', { mode: 'boolean' }).notNull().default(false),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('workshop_clusters_workshop_idx').on(t.workshopId)]
);

export const workshopContributions = sqliteTable(
	'workshop_contributions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		meetingId: integer('meeting_id').references(() => workshopMeetings.id, { onDelete: 'set null' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** need | idea | resource | obstacle */
		kind: text('kind').notNull(),
		body: text('body').notNull(),
		clusterId: integer('cluster_id').references(() => workshopClusters.id, { onDelete: 'set null' }),
		retained: integer('retained', { mode: 'boolean' }).notNull().default(false),
		votesCount: integer('votes_count').notNull().default(0),
		commentsCount: integer('comments_count').notNull().default(0),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('workshop_contributions_workshop_idx').on(t.workshopId, t.createdAt), index('workshop_contributions_cluster_idx').on(t.clusterId)]
);

export const workshopVotes = sqliteTable(
	'workshop_votes',
	{
		contributionId: integer('contribution_id')
			.notNull()
			.references(() => workshopContributions.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.contributionId, t.userId] })]
);

export const workshopComments = sqliteTable(
	'workshop_comments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		contributionId: integer('contribution_id')
			.notNull()
			.references(() => workshopContributions.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		body: text('body').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('workshop_comments_contribution_idx').on(t.contributionId, t.createdAt)]
);

/** A proposal born in a workshop: its provenance (the workshop, the meeting, the cluster or contribution). */
export const workshopOutputs = sqliteTable(
	'workshop_outputs',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		meetingId: integer('meeting_id').references(() => workshopMeetings.id, { onDelete: 'set null' }),
		clusterId: integer('cluster_id').references(() => workshopClusters.id, { onDelete: 'set null' }),
		contributionId: integer('contribution_id').references(() => workshopContributions.id, { onDelete: 'set null' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('workshop_outputs_proposal_idx').on(t.proposalId), index('workshop_outputs_workshop_idx').on(t.workshopId)]
);

/** The contributions an output came from. */
export const workshopOutputContributions = sqliteTable(
	'workshop_output_contributions',
	{
		outputId: integer('output_id')
			.notNull()
			.references(() => workshopOutputs.id, { onDelete: 'cascade' }),
		contributionId: integer('contribution_id')
			.notNull()
			.references(() => workshopContributions.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.outputId, t.contributionId] })]
);

/** Contributors asked to co-sign a proposal born from their contributions: pending | accepted | declined. */
export const workshopCoauthorInvites = sqliteTable(
	'workshop_coauthor_invites',
	{
		outputId: integer('output_id')
			.notNull()
			.references(() => workshopOutputs.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		status: text('status').notNull().default('pending'),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' })
	},
	(t) => [primaryKey({ columns: [t.outputId, t.userId] }), index('workshop_coauthor_invites_user_idx').on(t.userId, t.status)]
);

/** The workshop report attached to a plenary agenda item. */
export const workshopAgendaLinks = sqliteTable(
	'workshop_agenda_links',
	{
		workshopId: integer('workshop_id')
			.notNull()
			.references(() => workshops.id, { onDelete: 'cascade' }),
		agendaItemId: integer('agenda_item_id')
			.notNull()
			.references(() => agendaItems.id, { onDelete: 'cascade' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [primaryKey({ columns: [t.workshopId, t.agendaItemId] }), index('workshop_agenda_links_item_idx').on(t.agendaItemId)]
);
