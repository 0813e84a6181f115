// The list of speakers of each agenda item (model: OpenSlides' list of speakers). A request to speak is a row of
// `speakers`: waiting (in `position` order), then speaking (one at a time per item), then done (with its times).
// `speaker_lists` holds what the secretariat set for one item: closed or not, its own speaking time, and a version
// that grows with every change so that screens keep the newest state they were sent.
import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { agendaItems } from './tables';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const speakerLists = sqliteTable('speaker_lists', {
	agendaItemId: integer('agenda_item_id')
		.primaryKey()
		.references(() => agendaItems.id, { onDelete: 'cascade' }),
	/** a closed list takes no new request from members (points of order excepted); the secretariat may still add */
	closed: integer('closed', { mode: 'boolean' }).notNull().default(false),
	/** this item's speaking time in seconds; null: the council's default (councils.speaking_seconds) */
	speakingSeconds: integer('speaking_seconds'),
	version: integer('version').notNull().default(0)
});

export const speakers = sqliteTable(
	'speakers',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		agendaItemId: integer('agenda_item_id')
			.notNull()
			.references(() => agendaItems.id, { onDelete: 'cascade' }),
		membershipId: integer('membership_id')
			.notNull()
			.references(() => memberships.id, { onDelete: 'cascade' }),
		/** speech | point_of_order | reply */
		kind: text('kind').notNull().default('speech'),
		/** waiting | speaking | done */
		state: text('state').notNull().default('waiting'),
		/** 0-based place among the waiting requests of the item */
		position: integer('position').notNull().default(0),
		requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull().default(now),
		/** who put the request on the list: the member, or the secretariat or chair at the door */
		addedBy: integer('added_by').references(() => users.id, { onDelete: 'set null' }),
		startedAt: integer('started_at', { mode: 'timestamp_ms' }),
		endedAt: integer('ended_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		index('speakers_item_idx').on(t.agendaItemId, t.state, t.position),
		uniqueIndex('speakers_one_waiting_idx')
			.on(t.agendaItemId, t.membershipId)
			.where(sql`state = 'waiting'`),
		uniqueIndex('speakers_one_speaking_idx')
			.on(t.agendaItemId)
			.where(sql`state = 'speaking'`)
	]
);
