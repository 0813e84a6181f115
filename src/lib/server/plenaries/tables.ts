// Plenaries, their agenda, attendance and proxies, votes and ballots.
//
// Secret votes keep THAT a member voted (vote_participations) apart from WHAT was chosen (secret_ballots). A
// secret ballot has no member, no user, no timestamp, and its id is a random integer that is also its rowid
// (INTEGER PRIMARY KEY, no AUTOINCREMENT): neither a column nor the physical order can join it back to the
// participation row. See cast.ts for how a secret ballot can still be changed until close.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { colleges, councils, memberships, themes } from '../councils/tables';
import { proposals } from '../proposals/tables';
import { indicators } from '../plans/tables';
import type { Choice, PaperGroup, TallyInput, TallyResult, VoteOption } from './tally-types';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export type MinutesSection = { title: string; body: string };

export const plenaries = sqliteTable(
	'plenary_sessions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		/** ordinary | extraordinary */
		kind: text('kind').notNull().default('ordinary'),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		endsAt: integer('ends_at', { mode: 'timestamp_ms' }),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		/** planned | convened | open | closed | minutes_published */
		state: text('state').notNull().default('planned'),
		/** the agenda item every screen follows during the plenary */
		currentItemId: integer('current_item_id').references((): AnySQLiteColumn => agendaItems.id, { onDelete: 'set null' }),
		/** text sections of the minutes written by the secretariat (summary of debates…) */
		minutes: text('minutes', { mode: 'json' })
			.$type<MinutesSection[]>()
			.notNull()
			.default(sql`'[]'`),
		convenedAt: integer('convened_at', { mode: 'timestamp_ms' }),
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		minutesPublishedAt: integer('minutes_published_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('plenary_sessions_council_idx').on(t.councilId, t.startsAt)]
);

export const agendaItems = sqliteTable(
	'agenda_items',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		plenaryId: integer('session_id')
			.notNull()
			.references(() => plenaries.id, { onDelete: 'cascade' }),
		/** 0-based order within the plenary */
		position: integer('position').notNull(),
		/** information | debate | vote | annual_themes */
		kind: text('kind').notNull().default('information'),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		durationMinutes: integer('duration_minutes').notNull().default(0),
		presenter: text('presenter').notNull().default(''),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('agenda_items_session_idx').on(t.plenaryId, t.position)]
);

export const attendance = sqliteTable(
	'attendance',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		plenaryId: integer('session_id')
			.notNull()
			.references(() => plenaries.id, { onDelete: 'cascade' }),
		membershipId: integer('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** in_room | remote */
		mode: text('mode').notNull(),
		checkedInAt: integer('checked_in_at', { mode: 'timestamp_ms' }).notNull(),
		/** the user who checked the member in: the member, or the secretariat at the door */
		checkedInBy: integer('checked_in_by').references(() => users.id, { onDelete: 'set null' }),
		/** set when the member leaves; a later check-in clears it */
		checkedOutAt: integer('checked_out_at', { mode: 'timestamp_ms' })
	},
	(t) => [uniqueIndex('attendance_session_membership_idx').on(t.plenaryId, t.membershipId)]
);

export const proxies = sqliteTable(
	'proxies',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		plenaryId: integer('session_id')
			.notNull()
			.references(() => plenaries.id, { onDelete: 'cascade' }),
		giverMembershipId: integer('giver_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		holderMembershipId: integer('holder_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('proxies_session_giver_idx').on(t.plenaryId, t.giverMembershipId), index('proxies_session_holder_idx').on(t.plenaryId, t.holderMembershipId)]
);

export const votes = sqliteTable(
	'votes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		plenaryId: integer('session_id')
			.notNull()
			.references(() => plenaries.id, { onDelete: 'cascade' }),
		agendaItemId: integer('agenda_item_id')
			.notNull()
			.references(() => agendaItems.id, { onDelete: 'cascade' }),
		question: text('question').notNull(),
		description: text('description').notNull().default(''),
		/** yes_no_abstain | single | multiple | ranked */
		method: text('method').notNull(),
		options: text('options', { mode: 'json' }).$type<VoteOption[]>().notNull(),
		minChoices: integer('min_choices').notNull().default(1),
		maxChoices: integer('max_choices').notNull().default(1),
		/** how many options win (choice methods) */
		winners: integer('winners').notNull().default(1),
		/** none | member | college */
		weighting: text('weighting').notNull(),
		/** simple | absolute | two_thirds | three_quarters */
		majority: text('majority').notNull(),
		/** cast | cast_abstain | entitled | present */
		majorityBase: text('majority_base').notNull(),
		/** none | count | share */
		quorumKind: text('quorum_kind').notNull(),
		quorumValue: real('quorum_value').notNull().default(0),
		/** named | secret */
		secrecy: text('secrecy').notNull().default('named'),
		/** draft | open | closed | published */
		state: text('state').notNull().default('draft'),
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
		/** the timer: ballots are refused after this instant; closeExpiredVotes() closes the vote */
		closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
		/** frozen at close, with the inputs it was computed from */
		result: text('result', { mode: 'json' }).$type<TallyResult>(),
		tallyInput: text('tally_input', { mode: 'json' }).$type<TallyInput>(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('votes_session_idx').on(t.plenaryId), index('votes_item_idx').on(t.agendaItemId), index('votes_state_closes_idx').on(t.state, t.closesAt)]
);

/** Ballots of NAMED votes: one per (vote, represented member); changing it updates the row. */
export const ballots = sqliteTable(
	'ballots',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		representedMembershipId: integer('represented_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		actingMembershipId: integer('acting_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** the represented member's college and weight when the ballot was cast */
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		weight: real('weight').notNull().default(1),
		choice: text('choice', { mode: 'json' }).$type<Choice>().notNull(),
		/** the client ballot id of the cast that set the current choice */
		clientBallotId: text('client_ballot_id').notNull(),
		revision: integer('revision').notNull().default(1),
		castAt: integer('cast_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('ballots_vote_member_idx').on(t.voteId, t.representedMembershipId), uniqueIndex('ballots_vote_client_idx').on(t.voteId, t.clientBallotId)]
);

/** SECRET votes: that a member voted (and who acted for them), never what they chose. */
export const voteParticipations = sqliteTable(
	'vote_participations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		representedMembershipId: integer('represented_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		actingMembershipId: integer('acting_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		clientBallotId: text('client_ballot_id').notNull(),
		revision: integer('revision').notNull().default(1),
		castAt: integer('cast_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('vote_participations_vote_member_idx').on(t.voteId, t.representedMembershipId), uniqueIndex('vote_participations_vote_client_idx').on(t.voteId, t.clientBallotId)]
);

/**
 * SECRET votes: what was chosen, with only what the tally needs (college, weight). `id` is random (and is the
 * rowid). `ticketHash` = sha256(vote, represented member, ticket) where the ticket is a secret only the voting
 * device knows: without it nothing derives the member from the row (see cast.ts).
 */
export const secretBallots = sqliteTable(
	'secret_ballots',
	{
		id: integer('id').primaryKey(),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		choice: text('choice', { mode: 'json' }).$type<Choice>().notNull(),
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		weight: real('weight').notNull().default(1),
		ticketHash: text('ticket_hash')
	},
	(t) => [index('secret_ballots_vote_idx').on(t.voteId), uniqueIndex('secret_ballots_vote_ticket_idx').on(t.voteId, t.ticketHash)]
);

/**
 * SECRET votes: the receipt codes handed to voters, random, with a random id (the rowid) and nothing else: no
 * ballot, no member, no time. At close they are published as one sorted list (vote-log.ts 'receipts'), so a receipt
 * proves that its ballot is counted, not what it says.
 */
export const secretReceipts = sqliteTable(
	'secret_receipts',
	{
		id: integer('id').primaryKey(),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		code: text('code').notNull()
	},
	(t) => [index('secret_receipts_vote_idx').on(t.voteId)]
);

/** One row per accepted cast, keyed by the client's ballot id: a retry (even a stale one) is answered from here. */
export const ballotReceipts = sqliteTable(
	'ballot_receipts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		clientBallotId: text('client_ballot_id').notNull(),
		representedMembershipId: integer('represented_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		actingMembershipId: integer('acting_membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		revision: integer('revision').notNull(),
		castAt: integer('cast_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('ballot_receipts_vote_client_idx').on(t.voteId, t.clientBallotId)]
);

/** Paper ballots counted in the room: the counts (see PaperGroup), one entry per vote, replaced on correction. */
export const paperEntries = sqliteTable('paper_entries', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	voteId: integer('vote_id')
		.notNull()
		.unique()
		.references(() => votes.id, { onDelete: 'cascade' }),
	groups: text('groups', { mode: 'json' }).$type<PaperGroup[]>().notNull(),
	enteredBy: integer('entered_by').references(() => users.id, { onDelete: 'set null' }),
	enteredAt: integer('entered_at', { mode: 'timestamp_ms' }).notNull().default(now)
});

/** Members who voted on paper: they cannot vote online in the same vote. */
export const paperVoters = sqliteTable(
	'paper_voters',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		membershipId: integer('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' })
	},
	(t) => [uniqueIndex('paper_voters_vote_member_idx').on(t.voteId, t.membershipId)]
);

/**
 * The council's annual themes per year, in rank order (1 = first): chosen by a ranked vote of the plenary
 * (voteId) or set by hand by the secretariat (voteId null). A year's set is replaced as a whole.
 */
export const annualThemes = sqliteTable(
	'annual_themes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		themeId: integer('theme_id')
			.notNull()
			.references(() => themes.id, { onDelete: 'cascade' }),
		rank: integer('rank').notNull(),
		voteId: integer('vote_id').references(() => votes.id, { onDelete: 'set null' }),
		setBy: integer('set_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('annual_themes_council_year_theme_idx').on(t.councilId, t.year, t.themeId), uniqueIndex('annual_themes_council_year_rank_idx').on(t.councilId, t.year, t.rank)]
);

/** Proposals scheduled on an agenda item (a proposal is on one item at a time; linking moves it to 'scheduled'). */
export const agendaItemProposals = sqliteTable(
	'agenda_item_proposals',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		agendaItemId: integer('agenda_item_id')
			.notNull()
			.references(() => agendaItems.id, { onDelete: 'cascade' }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('agenda_item_proposals_proposal_idx').on(t.proposalId), index('agenda_item_proposals_item_idx').on(t.agendaItemId)]
);

/**
 * Indicators submitted to stakeholders' validation by a yes/no/abstain vote (evaluation stage 2). When the vote
 * closes adopted, each one still proposed becomes validated with the ref 'vote:<id>' in the closing transaction.
 */
export const voteIndicators = sqliteTable(
	'vote_indicators',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.voteId, t.indicatorId] }), index('vote_indicators_indicator_idx').on(t.indicatorId)]
);

/**
 * The proposals a yes/no/abstain vote decides (vote-decides.ts): closing it adopted or rejected moves exactly these,
 * whatever else sits on its agenda item. `revote`: the secretariat explicitly put a proposal already rejected by an
 * earlier vote to a new vote.
 */
export const voteProposals = sqliteTable(
	'vote_proposals',
	{
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		proposalId: integer('proposal_id')
			.notNull()
			.references(() => proposals.id, { onDelete: 'cascade' }),
		revote: integer('revote', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [primaryKey({ columns: [t.voteId, t.proposalId] }), index('vote_proposals_proposal_idx').on(t.proposalId)]
);

/**
 * The append-only, hash-chained log of a vote (see src/lib/tally/vote-log.ts for the entries and the hash): opening,
 * each cast or change, paper entries and closing. Secret votes log random ballot ids and choices, never members,
 * and no time for casts. Rows are only ever inserted.
 */
export const voteLog = sqliteTable(
	'vote_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		voteId: integer('vote_id')
			.notNull()
			.references(() => votes.id, { onDelete: 'cascade' }),
		seq: integer('seq').notNull(),
		/** ISO instant, null for secret casts */
		at: text('at'),
		/** open | cast | change | paper | close */
		kind: text('kind').notNull(),
		data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
		prev: text('prev').notNull(),
		hash: text('hash').notNull()
	},
	(t) => [uniqueIndex('vote_log_vote_seq_idx').on(t.voteId, t.seq)]
);
