import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables';
import { councils } from '../councils/tables';

/** Uploaded attachments. The bytes live on disk under DATA_DIR/files/<council>/<stored_name>. */
export const files = sqliteTable(
	'files',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		councilId: integer('council_id')
			.notNull()
			.references(() => councils.id, { onDelete: 'cascade' }),
		/** what the file is attached to, e.g. 'proposal' */
		ownerType: text('owner_type').notNull(),
		ownerId: integer('owner_id').notNull(),
		/** the uploader's file name, sanitised; shown and used as the download name */
		originalName: text('original_name').notNull(),
		/** random hex, never derived from user input */
		storedName: text('stored_name').notNull().unique(),
		/** detected from the content, never from the browser's claim */
		mime: text('mime').notNull(),
		size: integer('size').notNull(),
		uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' })
			.notNull()
			.default(sql`(cast(unixepoch('subsec') * 1000 as integer))`)
	},
	(t) => [index('files_owner_idx').on(t.ownerType, t.ownerId)]
);
