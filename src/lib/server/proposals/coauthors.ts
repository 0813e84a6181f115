// The co-author picker of the proposal wizard: members who may write proposals, searched by name or
// organisation (the members list's accent-blind search), and the names of those already chosen.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { memberships, organisations } from '../councils/tables';
import { listMembers } from '../councils/members';

export type CoauthorOption = { id: number; name: string; organisation: string | null };

export const COAUTHOR_RESULTS = 20;

/** Up to 20 active members with the member role matching `q`, never the author; nothing for an empty query. */
export function searchCoauthors(councilId: number, authorId: number, q: string): CoauthorOption[] {
	if (!q.trim()) return [];
	const { rows } = listMembers(councilId, { q, role: 'member', pageSize: COAUTHOR_RESULTS + 1 }, { includeEmails: false, includeDeactivated: false });
	return rows
		.filter((r) => r.userId !== authorId)
		.slice(0, COAUTHOR_RESULTS)
		.map((r) => ({ id: r.userId, name: r.name, organisation: r.organisationName }));
}

/** The chosen co-authors who are active members of the council (others are dropped), in the order given. */
export function coauthorsByIds(councilId: number, ids: number[]): CoauthorOption[] {
	if (!ids.length) return [];
	const rows = db()
		.select({ id: users.id, name: users.name, organisation: organisations.name })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active'), inArray(memberships.userId, ids)))
		.all();
	const byId = new Map(rows.map((r) => [r.id, r]));
	return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
