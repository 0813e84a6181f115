// Indicators validated by a plenary vote (evaluation stage 2 "validation by stakeholders" through the vote engine).
// The secretariat submits proposed indicators of the council's plans to a yes/no/abstain vote; when the vote closes
// adopted, closeVote() calls validateVoteIndicators() inside the closing transaction and every indicator still
// proposed becomes validated with the ref 'vote:<id>'. Rejected, tied or without quorum: they stay proposed.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { indicators, planNodes, plans } from '../plans/tables';
import { validateIndicatorIn } from '../plans/indicators';
import type { VoteRow } from './access';
import { voteIndicators } from './tables';

export type VoteIndicator = { id: number; name: string; state: string; planId: number; planTitle: string; planStatus: string; nodeTitle: string; validationRef: string | null };

const columns = {
	id: indicators.id,
	name: indicators.name,
	state: indicators.state,
	planId: plans.id,
	planTitle: plans.title,
	planStatus: plans.status,
	nodeTitle: planNodes.title,
	validationRef: indicators.validationRef
};

/** Proposed indicators of the council's plans that are not closed: what a vote may submit for validation. */
export function submittableIndicators(councilId: number, tx: Tx = db()): VoteIndicator[] {
	return tx
		.select(columns)
		.from(indicators)
		.innerJoin(plans, eq(plans.id, indicators.planId))
		.innerJoin(planNodes, eq(planNodes.id, indicators.nodeId))
		.where(and(eq(plans.councilId, councilId), ne(plans.status, 'closed'), eq(indicators.state, 'proposed')))
		.orderBy(asc(plans.startYear), asc(plans.id), asc(indicators.nodeId), asc(indicators.position))
		.all();
}

/** The indicators a vote submits, in plan and tree order. */
export function indicatorsOfVote(voteId: number, tx: Tx = db()): VoteIndicator[] {
	return tx
		.select(columns)
		.from(voteIndicators)
		.innerJoin(indicators, eq(indicators.id, voteIndicators.indicatorId))
		.innerJoin(plans, eq(plans.id, indicators.planId))
		.innerJoin(planNodes, eq(planNodes.id, indicators.nodeId))
		.where(eq(voteIndicators.voteId, voteId))
		.orderBy(asc(plans.startYear), asc(plans.id), asc(indicators.nodeId), asc(indicators.position))
		.all();
}

/**
 * Replaces the indicators a draft vote submits (inside the caller's transaction). Only a yes/no/abstain vote can
 * validate indicators; each must be a proposed indicator of a plan of the vote's council that is not closed.
 */
export function setVoteIndicators(tx: Tx, vote: Pick<VoteRow, 'id' | 'councilId' | 'method'>, ids: number[]): void {
	const wanted = [...new Set(ids)];
	if (wanted.length && vote.method !== 'yes_no_abstain') throw new DomainError('plenaries_error_indicators_yes_no', 'indicatorIds');
	if (wanted.length) {
		const allowed = new Set(submittableIndicators(vote.councilId, tx).map((i) => i.id));
		const refused = wanted.filter((id) => !allowed.has(id));
		if (refused.length) {
			const inCouncil = tx
				.select({ id: indicators.id })
				.from(indicators)
				.innerJoin(plans, eq(plans.id, indicators.planId))
				.where(and(inArray(indicators.id, refused), eq(plans.councilId, vote.councilId)))
				.all();
			throw new DomainError(inCouncil.length === refused.length ? 'plenaries_error_indicator_not_proposed' : 'plenaries_error_indicator_not_found', 'indicatorIds');
		}
	}
	tx.delete(voteIndicators).where(eq(voteIndicators.voteId, vote.id)).run();
	for (const indicatorId of wanted) tx.insert(voteIndicators).values({ voteId: vote.id, indicatorId }).run();
}

export type ValidatedIndicator = { id: number; planId: number };

/**
 * Inside the closing transaction: an adopted yes/no/abstain vote validates each of its indicators still proposed
 * (ref 'vote:<id>', validated at the close). Returns them for announceValidated() after the commit.
 */
export function validateVoteIndicators(tx: Tx, vote: VoteRow, decision: string, now: Date): ValidatedIndicator[] {
	if (vote.method !== 'yes_no_abstain' || decision !== 'adopted') return [];
	const validated: ValidatedIndicator[] = [];
	for (const item of indicatorsOfVote(vote.id, tx)) {
		if (item.state !== 'proposed' || item.planStatus === 'closed') continue;
		validateIndicatorIn(tx, item.id, { ref: `vote:${vote.id}`, validatedAt: now, details: { voteId: vote.id, plenaryId: vote.plenaryId } }, null);
		validated.push({ id: item.id, planId: item.planId });
	}
	return validated;
}

/** After commit: indicator and plan pages refresh. */
export function announceValidated(councilId: number, validated: ValidatedIndicator[]): void {
	for (const v of validated) publish({ type: 'indicator.changed', councilId, planId: v.planId, indicatorId: v.id, what: 'state' });
}
