// Councils: lookup and the lists a person sees. Creation lives in create.ts, settings in settings.ts,
// colleges.ts and themes.ts.
import { and, asc, eq, or, inArray, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { councils, memberships } from './tables';

export type CouncilRow = typeof councils.$inferSelect;

export function getCouncilBySlug(slug: string): CouncilRow | undefined {
	return db().select().from(councils).where(eq(councils.slug, slug)).get();
}

export function getCouncilById(id: number): CouncilRow | undefined {
	return db().select().from(councils).where(eq(councils.id, id)).get();
}

/** The roles of a person's active membership in a council (empty when none). */
export function activeRoles(councilId: number, userId: number | undefined): string[] {
	if (!userId) return [];
	const row = db()
		.select({ roles: memberships.roles })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.get();
	return row?.roles ?? [];
}

/** Councils a person may open: public ones, those they belong to, all of them for a platform admin. */
export function listVisibleCouncils(user: { id: number; isAdmin: boolean } | null) {
	const base = db().select({ id: councils.id, slug: councils.slug, name: councils.name, territory: councils.territory, isPublic: councils.isPublic, isDemo: councils.isDemo }).from(councils);
	if (user?.isAdmin) return base.orderBy(asc(councils.name)).all();
	if (!user) return base.where(eq(councils.isPublic, true)).orderBy(asc(councils.name)).all();
	const mine = db()
		.select({ id: memberships.councilId })
		.from(memberships)
		.where(and(eq(memberships.userId, user.id), eq(memberships.status, 'active')));
	return base
		.where(or(eq(councils.isPublic, true), inArray(councils.id, mine)))
		.orderBy(asc(councils.name))
		.all();
}

/** Councils the person is an active member of, with their roles (for the council switcher). */
export function listMyCouncils(userId: number) {
	return db()
		.select({ slug: councils.slug, name: councils.name, roles: memberships.roles })
		.from(memberships)
		.innerJoin(councils, eq(councils.id, memberships.councilId))
		.where(and(eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.orderBy(asc(councils.name))
		.all();
}

/** Every council with its active member count, for the platform administration. */
export function listCouncilsForAdmin() {
	return db()
		.select({
			id: councils.id,
			slug: councils.slug,
			name: councils.name,
			territory: councils.territory,
			isPublic: councils.isPublic,
			isDemo: councils.isDemo,
			createdAt: councils.createdAt,
			// written out in full: drizzle leaves columns unqualified here, which would bind them to the subquery
			members: sql<number>`(select count(*) from "memberships" as "m" where "m"."council_id" = "councils"."id" and "m"."status" = 'active')`
		})
		.from(councils)
		.orderBy(asc(councils.name))
		.all();
}
