// Writing memberships and organisations inside a caller's transaction (invitations, imports, demo data).
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { memberships, organisations } from './tables';

export function upsertOrganisation(tx: Tx, name: string, type: string): number | null {
	const clean = name.trim();
	if (!clean) return null;
	const existing = tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(sql`lower(${organisations.name}) = lower(${clean})`, eq(organisations.type, type)))
		.get();
	if (existing) return existing.id;
	return tx.insert(organisations).values({ name: clean, type }).returning({ id: organisations.id }).get().id;
}

export function insertMembership(tx: Tx, input: { councilId: number; userId: number; collegeId: number | null; organisationId: number | null; roles: string[]; voteWeight?: number }) {
	return tx
		.insert(memberships)
		.values({
			councilId: input.councilId,
			userId: input.userId,
			collegeId: input.collegeId,
			organisationId: input.organisationId,
			roles: input.roles,
			voteWeight: input.voteWeight ?? 1
		})
		.returning()
		.get();
}
