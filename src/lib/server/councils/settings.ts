// Council settings: general information and voting defaults. Each change is one transaction with its audit
// entry, and publishes council.changed once committed.
import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { councils, colleges } from './tables';
import { changedFields, recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { checkCollegeWeights } from './create';
import type { VotingDefaults } from '../../schemas/council-options';

export type CouncilGeneral = { name: string; territory: string; description: string; isPublic: boolean };

const GENERAL_FIELDS = ['name', 'territory', 'description', 'isPublic'] as const;
const VOTING_FIELDS = ['weighting', 'majority', 'majorityBase', 'quorumKind', 'quorumValue', 'proxyLimit', 'secretMinGroup', 'supportThreshold'] as const;

export function loadCouncilForUpdate(tx: Tx, councilId: number) {
	const council = tx.select().from(councils).where(eq(councils.id, councilId)).get();
	if (!council) throw new DomainError('councils_error_not_found');
	return council;
}

/** The weights of all of a council's colleges, in display order. */
export function collegeWeights(tx: Tx, councilId: number): number[] {
	return tx
		.select({ weight: colleges.weight })
		.from(colleges)
		.where(eq(colleges.councilId, councilId))
		.orderBy(asc(colleges.position), asc(colleges.id))
		.all()
		.map((c) => c.weight);
}

/** Runs a settings change; publishes council.changed when it changed something. */
export function councilChange<T extends { changed: boolean }>(councilId: number, change: (tx: Tx) => T): T {
	const result = db().transaction(change);
	if (result.changed) publish({ type: 'council.changed', councilId });
	return result;
}

export function updateCouncilGeneral(councilId: number, input: CouncilGeneral, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const before = loadCouncilForUpdate(tx, councilId);
		const changes = changedFields(before, input, GENERAL_FIELDS);
		if (!changes) return { changed: false };
		tx.update(councils).set(input).where(eq(councils.id, councilId)).run();
		recordAudit(tx, { councilId, actorId, action: 'council.update', entityType: 'council', entityId: councilId, details: { changes } });
		return { changed: true };
	});
}

/** Voting defaults; weighting by college is refused unless the colleges' weights total 100. */
export function updateVotingDefaults(councilId: number, input: VotingDefaults, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const before = loadCouncilForUpdate(tx, councilId);
		if (input.weighting === 'college') {
			const weights = collegeWeights(tx, councilId);
			if (weights.length === 0) throw new DomainError('councils_error_weighting_no_college', 'weighting');
			try {
				checkCollegeWeights('college', weights);
			} catch (e) {
				if (e instanceof DomainError) throw new DomainError(e.code, 'weighting', e.params);
				throw e;
			}
		}
		const changes = changedFields(before, input, VOTING_FIELDS);
		if (!changes) return { changed: false };
		tx.update(councils).set(input).where(eq(councils.id, councilId)).run();
		recordAudit(tx, { councilId, actorId, action: 'council.voting_update', entityType: 'council', entityId: councilId, details: { changes } });
		return { changed: true };
	});
}

/** Opens or closes requests to join (the "ask to join" form of a public council). */
export function setJoinRequestsOpen(councilId: number, open: boolean, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const before = loadCouncilForUpdate(tx, councilId);
		if (before.joinRequestsOpen === open) return { changed: false };
		tx.update(councils).set({ joinRequestsOpen: open }).where(eq(councils.id, councilId)).run();
		recordAudit(tx, { councilId, actorId, action: 'council.join_requests', entityType: 'council', entityId: councilId, details: { open } });
		return { changed: true };
	});
}
