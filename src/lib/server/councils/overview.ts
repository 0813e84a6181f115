// The figures a council's front page shows: colleges with their weights and member counts.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { colleges, memberships, themes } from './tables';
import { collegeActiveMembers } from './colleges';

export function councilOverview(councilId: number) {
	const collegeRows = db()
		.select({
			id: colleges.id,
			name: colleges.name,
			description: colleges.description,
			weight: colleges.weight,
			members: collegeActiveMembers
		})
		.from(colleges)
		.where(eq(colleges.councilId, councilId))
		.orderBy(asc(colleges.position), asc(colleges.id))
		.all();
	const memberCount =
		db()
			.select({ n: sql<number>`count(*)` })
			.from(memberships)
			.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
			.get()?.n ?? 0;
	const themeRows = db()
		.select({ id: themes.id, name: themes.name, kind: themes.kind })
		.from(themes)
		.where(and(eq(themes.councilId, councilId), eq(themes.archived, false)))
		.orderBy(asc(themes.kind), asc(themes.position))
		.all();
	return { colleges: collegeRows, memberCount, themes: themeRows };
}
