// Plans, their tree of principles → objectives → actions, indicators, measurements (with their full history),
// CSV imports of measurements, and the evaluation's recommendations that the next plan carries.
// Calendar dates (baselines, targets, measurement dates) are ISO 'YYYY-MM-DD' text: they are days, not instants.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { councils, memberships } from '../councils/tables';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const plans = sqliteTable(
	'plans',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		startYear: integer('start_year').notNull(),
		endYear: integer('end_year').notNull(),
		/** draft | adopted | under_evaluation | closed (see plans.ts) */
		status: text('status').notNull().default('draft'),
		/** the plan this one follows; its successor is the plan whose predecessor_id points here (at most one) */
		predecessorId: integer('predecessor_id').references((): AnySQLiteColumn => plans.id, { onDelete: 'set null' }),
		adoptedAt: integer('adopted_at', { mode: 'timestamp_ms' }),
		evaluationStartedAt: integer('evaluation_started_at', { mode: 'timestamp_ms' }),
		closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('plans_council_start_idx').on(t.councilId, t.startYear), uniqueIndex('plans_predecessor_idx').on(t.predecessorId)]
);

export const planNodes = sqliteTable(
	'plan_nodes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** null for principles (the roots) */
		parentId: integer('parent_id').references((): AnySQLiteColumn => planNodes.id, { onDelete: 'cascade' }),
		/** principle | strategic_objective | operational_objective | action (see tree.ts for what goes under what) */
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		/** 0-based rank among its siblings */
		position: integer('position').notNull().default(0),
		/** relative weight in its parent's progress roll-up; null counts as 1 */
		weight: real('weight'),
		/** the node of the previous plan this one was carried from (next-plan.ts) */
		originNodeId: integer('origin_node_id').references((): AnySQLiteColumn => planNodes.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('plan_nodes_plan_parent_idx').on(t.planId, t.parentId, t.position), index('plan_nodes_parent_idx').on(t.parentId)]
);

/** An action serves proposals and workshops of the same council (plain ids: those domains own their tables). */
export const planNodeLinks = sqliteTable(
	'plan_node_links',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		nodeId: integer('node_id')
			.notNull()
			.references(() => planNodes.id, { onDelete: 'cascade' }),
		/** proposal | workshop */
		targetType: text('target_type').notNull(),
		targetId: integer('target_id').notNull(),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [uniqueIndex('plan_node_links_unique_idx').on(t.nodeId, t.targetType, t.targetId), index('plan_node_links_target_idx').on(t.targetType, t.targetId)]
);

export const indicators = sqliteTable(
	'indicators',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** denormalised from the node, for plan-wide queries and name look-ups */
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** a strategic or operational objective */
		nodeId: integer('node_id')
			.notNull()
			.references(() => planNodes.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		definition: text('definition').notNull().default(''),
		unit: text('unit').notNull().default(''),
		/** higher | lower: which way is better */
		direction: text('direction').notNull().default('higher'),
		baselineValue: real('baseline_value').notNull(),
		baselineDate: text('baseline_date').notNull(),
		targetValue: real('target_value').notNull(),
		targetDate: text('target_date').notNull(),
		/** monthly | quarterly | yearly | once */
		frequency: text('frequency').notNull().default('yearly'),
		source: text('source').notNull().default(''),
		responsibleMembershipId: integer('responsible_membership_id').references(() => memberships.id, { onDelete: 'set null' }),
		/** proposed | validated | retired */
		state: text('state').notNull().default('proposed'),
		validatedAt: integer('validated_at', { mode: 'timestamp_ms' }),
		/** what validated it, e.g. 'vote:42' or 'session:7' */
		validationRef: text('validation_ref'),
		retiredAt: integer('retired_at', { mode: 'timestamp_ms' }),
		/** relative weight in its objective's roll-up; null counts as 1 */
		weight: real('weight'),
		position: integer('position').notNull().default(0),
		originIndicatorId: integer('origin_indicator_id').references((): AnySQLiteColumn => indicators.id, { onDelete: 'set null' }),
		/** a carried indicator whose target was stale (target-review.ts): when and by whom it was confirmed or reset */
		targetReviewedAt: integer('target_reviewed_at', { mode: 'timestamp_ms' }),
		targetReviewedBy: integer('target_reviewed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [
		index('indicators_node_idx').on(t.nodeId, t.position),
		uniqueIndex('indicators_plan_name_idx').on(t.planId, sql`lower(${t.name})`),
		index('indicators_responsible_idx').on(t.responsibleMembershipId)
	]
);

/** One CSV import of measurements: who, when, what file, what it did. */
export const measurementImports = sqliteTable(
	'measurement_imports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		fileName: text('file_name').notNull().default(''),
		/** sha256 of the file's text, hex */
		checksum: text('checksum').notNull(),
		rowCount: integer('row_count').notNull(),
		createdCount: integer('created_count').notNull(),
		correctedCount: integer('corrected_count').notNull(),
		unchangedCount: integer('unchanged_count').notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('measurement_imports_plan_idx').on(t.planId, t.createdAt)]
);

/**
 * Measurements are never updated in place except to end them. A correction inserts a new current row and
 * ends the old one (is_current = 0, superseded_by_id = the new row, ended_at/ended_by = when and who);
 * a retraction ends a row without a successor (end_note says why). At most one current row per
 * (indicator, date), enforced by a partial unique index.
 */
export const measurements = sqliteTable(
	'measurements',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		/** the day the value describes (end of the period) */
		date: text('date').notNull(),
		/** the period as people say it ('2018', 'T2 2019'); '' when the date says it all */
		periodLabel: text('period_label').notNull().default(''),
		value: real('value').notNull(),
		source: text('source').notNull().default(''),
		comment: text('comment').notNull().default(''),
		enteredBy: integer('entered_by').references(() => users.id, { onDelete: 'set null' }),
		enteredAt: integer('entered_at', { mode: 'timestamp_ms' }).notNull().default(now),
		importId: integer('import_id').references(() => measurementImports.id, { onDelete: 'set null' }),
		isCurrent: integer('is_current', { mode: 'boolean' }).notNull().default(true),
		supersededById: integer('superseded_by_id').references((): AnySQLiteColumn => measurements.id, { onDelete: 'set null' }),
		endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
		endedBy: integer('ended_by').references(() => users.id, { onDelete: 'set null' }),
		/** why a row was retracted (a correction's reason is the new row's comment) */
		endNote: text('end_note').notNull().default('')
	},
	(t) => [
		index('measurements_indicator_date_idx').on(t.indicatorId, t.date),
		uniqueIndex('measurements_current_idx')
			.on(t.indicatorId, t.date)
			.where(sql`is_current = 1`),
		index('measurements_import_idx').on(t.importId)
	]
);

/** The evaluation's recommendations on a plan, each targeting a node (or the plan as a whole). */
export const recommendations = sqliteTable(
	'recommendations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		nodeId: integer('node_id').references(() => planNodes.id, { onDelete: 'set null' }),
		text: text('text').notNull(),
		/** high | medium | low */
		priority: text('priority').notNull().default('medium'),
		position: integer('position').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now)
	},
	(t) => [index('recommendations_plan_idx').on(t.planId, t.position), index('recommendations_node_idx').on(t.nodeId)]
);

/** A node of a next plan and the recommendations (of the evaluated plan) it answers. */
export const planNodeRecommendations = sqliteTable(
	'plan_node_recommendations',
	{
		nodeId: integer('node_id')
			.notNull()
			.references(() => planNodes.id, { onDelete: 'cascade' }),
		recommendationId: integer('recommendation_id')
			.notNull()
			.references(() => recommendations.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.nodeId, t.recommendationId] }), index('plan_node_recommendations_rec_idx').on(t.recommendationId)]
);
