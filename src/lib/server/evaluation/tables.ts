// The evaluation of a plan (see docs/domain.md, 'The evaluation cycle'): one campaign per plan with its steering committee, questions and
// focus areas; the five stakeholder stages; questionnaires (anonymous ones keep NO link from an answer to a
// person: who responded is in questionnaire_participations, what was answered in questionnaire_responses with
// a random id and no user, no time); interviews; findings citing their evidence; indicator approval rounds.
// Calendar dates are ISO 'YYYY-MM-DD' text.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { colleges, memberships } from '../councils/tables';
import { indicators, planNodes, plans } from '../plans/tables';
import type { TallyInput, TallyResult } from '../plenaries/tally-types';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const evaluationCampaigns = sqliteTable(
	'evaluation_campaigns',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		context: text('context').notNull().default(''),
		method: text('method').notNull().default(''),
		/** the evaluation's questions, one per line */
		questions: text('questions').notNull().default(''),
		/** focus areas, one per line */
		focusAreas: text('focus_areas').notNull().default(''),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('evaluation_campaigns_plan_idx').on(t.planId)]
);

export const evaluationCommittee = sqliteTable(
	'evaluation_committee',
	{
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		membershipId: integer('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** what the person brings (department, network…) */
		note: text('note').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.membershipId] })]
);

/** The five stages (1 framework, 2 indicators, 3 data collection, 4 analysis, 5 recommendations). */
export const evaluationStages = sqliteTable(
	'evaluation_stages',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		stage: integer('stage').notNull(),
		/** planned | in_progress | done */
		status: text('status').notNull().default('planned'),
		startDate: text('start_date'),
		endDate: text('end_date'),
		participants: text('participants').notNull().default(''),
		outputs: text('outputs').notNull().default(''),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('evaluation_stages_campaign_stage_idx').on(t.campaignId, t.stage)]
);

export const questionnaires = sqliteTable(
	'questionnaires',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		intro: text('intro').notNull().default(''),
		/** all | colleges | committee */
		audience: text('audience').notNull().default('all'),
		anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
		/** draft | open | closed */
		status: text('status').notNull().default('draft'),
		openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('questionnaires_campaign_idx').on(t.campaignId)]
);

export const questionnaireColleges = sqliteTable(
	'questionnaire_colleges',
	{
		questionnaireId: integer('questionnaire_id')
			.notNull()
			.references(() => questionnaires.id, { onDelete: 'cascade' }),
		collegeId: integer('college_id')
			.notNull()
			.references(() => colleges.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.questionnaireId, t.collegeId] })]
);

export const questionnaireQuestions = sqliteTable(
	'questionnaire_questions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		questionnaireId: integer('questionnaire_id')
			.notNull()
			.references(() => questionnaires.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		/** single | multiple | scale | text */
		kind: text('kind').notNull(),
		label: text('label').notNull(),
		required: integer('required', { mode: 'boolean' }).notNull().default(true),
		/** choices of single/multiple questions */
		options: text('options', { mode: 'json' }).$type<string[]>().notNull()
	},
	(t) => [index('questionnaire_questions_q_idx').on(t.questionnaireId, t.position)]
);

/** WHO responded (both kinds of questionnaire): one row per person, never what they answered. */
export const questionnaireParticipations = sqliteTable(
	'questionnaire_participations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		questionnaireId: integer('questionnaire_id')
			.notNull()
			.references(() => questionnaires.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		respondedAt: integer('responded_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [uniqueIndex('questionnaire_participations_unique_idx').on(t.questionnaireId, t.userId)]
);

/**
 * WHAT was answered. `id` is random (it is the rowid, so storage order says nothing either). For anonymous
 * questionnaires userId and submittedAt are null: nothing links the row to a participation.
 */
export const questionnaireResponses = sqliteTable(
	'questionnaire_responses',
	{
		id: integer('id').primaryKey(),
		questionnaireId: integer('questionnaire_id')
			.notNull()
			.references(() => questionnaires.id, { onDelete: 'cascade' }),
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
		/** question id → option indexes (single/multiple), 1-5 (scale) or text */
		answers: text('answers', { mode: 'json' }).$type<Record<string, number | number[] | string>>().notNull()
	},
	(t) => [
		index('questionnaire_responses_q_idx').on(t.questionnaireId),
		uniqueIndex('questionnaire_responses_user_idx')
			.on(t.questionnaireId, t.userId)
			.where(sql`user_id is not null`)
	]
);

export const interviews = sqliteTable(
	'interviews',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		/** individual | group */
		kind: text('kind').notNull(),
		date: text('date').notNull(),
		participants: text('participants').notNull().default(''),
		organisations: text('organisations').notNull().default(''),
		notes: text('notes').notNull().default(''),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('interviews_campaign_idx').on(t.campaignId, t.date)]
);

export const interviewObjectives = sqliteTable(
	'interview_objectives',
	{
		interviewId: integer('interview_id')
			.notNull()
			.references(() => interviews.id, { onDelete: 'cascade' }),
		nodeId: integer('node_id')
			.notNull()
			.references(() => planNodes.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.interviewId, t.nodeId] })]
);

/**
 * Interview notes and free-text answers are internal (auth/permissions.ts 'evaluation.readPrivate'); what others
 * read of them is an excerpt the evaluation chose, anonymised and published: its text as published, and its source
 * (an interview, or a free-text question of a questionnaire: never a response, so never a person).
 */
export const evaluationExcerpts = sqliteTable(
	'evaluation_excerpts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		interviewId: integer('interview_id').references(() => interviews.id, { onDelete: 'cascade' }),
		questionId: integer('question_id').references(() => questionnaireQuestions.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		publishedBy: integer('published_by').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('evaluation_excerpts_interview_idx').on(t.interviewId), index('evaluation_excerpts_question_idx').on(t.questionId)]
);

/** Who was reminded of a questionnaire or an approval round, and when (nobody is reminded twice within a day). */
export const evaluationReminders = sqliteTable(
	'evaluation_reminders',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** questionnaire | round */
		kind: text('kind').notNull(),
		refId: integer('ref_id').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('evaluation_reminders_ref_idx').on(t.kind, t.refId, t.userId)]
);

export const findings = sqliteTable(
	'findings',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		/** a principle or an objective of the plan */
		nodeId: integer('node_id').references(() => planNodes.id, { onDelete: 'set null' }),
		/** strength | weakness */
		kind: text('kind').notNull(),
		text: text('text').notNull(),
		position: integer('position').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('findings_campaign_idx').on(t.campaignId, t.position)]
);

/** What a finding rests on: an indicator, a questionnaire (its results) or an interview. */
export const findingEvidence = sqliteTable(
	'finding_evidence',
	{
		findingId: integer('finding_id')
			.notNull()
			.references(() => findings.id, { onDelete: 'cascade' }),
		/** indicator | questionnaire | interview */
		kind: text('kind').notNull(),
		refId: integer('ref_id').notNull()
	},
	(t) => [primaryKey({ columns: [t.findingId, t.kind, t.refId] })]
);

/**
 * Stage 2 online: members of chosen colleges vote yes / no / abstain on each proposed indicator. The round carries
 * the vote engine's rules (weighting, majority and its base, quorum); closing it tallies each indicator with the
 * engine's tally (plenaries/tally.ts) and validates those adopted.
 */
export const approvalRounds = sqliteTable(
	'indicator_approval_rounds',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** open | closed */
		status: text('status').notNull().default('open'),
		/** the vote engine's rules (plenaries/tally-types.ts); 'present' is no base here: a round has no roll call */
		weighting: text('weighting').notNull().default('none'),
		majority: text('majority').notNull().default('simple'),
		majorityBase: text('majority_base').notNull().default('cast'),
		quorumKind: text('quorum_kind').notNull().default('none'),
		quorumValue: real('quorum_value').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('indicator_approval_rounds_campaign_idx').on(t.campaignId)]
);

export const approvalRoundIndicators = sqliteTable(
	'indicator_approval_round_items',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => approvalRounds.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		/** set on close: the tally's decision (adopted | rejected | tie | invalid_quorum) */
		outcome: text('outcome'),
		/** frozen on close, with the inputs it was computed from */
		result: text('result', { mode: 'json' }).$type<TallyResult>(),
		tallyInput: text('tally_input', { mode: 'json' }).$type<TallyInput>()
	},
	(t) => [primaryKey({ columns: [t.roundId, t.indicatorId] })]
);

export const approvalRoundColleges = sqliteTable(
	'indicator_approval_round_colleges',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => approvalRounds.id, { onDelete: 'cascade' }),
		collegeId: integer('college_id')
			.notNull()
			.references(() => colleges.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.roundId, t.collegeId] })]
);

/** One named ballot per (round, indicator, member), changeable while the round is open. */
export const approvalVotes = sqliteTable(
	'indicator_approval_votes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => approvalRounds.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		membershipId: integer('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** yes | no | abstain */
		choice: text('choice').notNull(),
		/** the member's college and vote weight when they voted (as plenary ballots keep them) */
		collegeId: integer('college_id').references(() => colleges.id, { onDelete: 'set null' }),
		weight: real('weight').notNull().default(1),
		votedAt: integer('voted_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('indicator_approval_votes_unique_idx').on(t.roundId, t.indicatorId, t.membershipId)]
);

/**
 * The evaluation's benchmark of other cities (Lille compared itself with Strasbourg, Lyon, Bordeaux): one figure per
 * row, about one of the plan's indicators or a topic in words, with its year and its source. Public, like the report.
 */
export const evaluationComparisons = sqliteTable(
	'evaluation_comparisons',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		campaignId: integer('campaign_id')
			.notNull()
			.references(() => evaluationCampaigns.id, { onDelete: 'cascade' }),
		city: text('city').notNull(),
		/** one of the plan's indicators, or null when `topic` says what the figure is about */
		indicatorId: integer('indicator_id').references(() => indicators.id, { onDelete: 'set null' }),
		topic: text('topic').notNull().default(''),
		value: real('value').notNull(),
		unit: text('unit').notNull().default(''),
		year: integer('year'),
		source: text('source').notNull(),
		position: integer('position').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('evaluation_comparisons_campaign_idx').on(t.campaignId, t.position)]
);
