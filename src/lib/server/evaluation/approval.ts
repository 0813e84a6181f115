// Stage 2 online: an approval round in which the members of chosen colleges approve or reject proposed
// indicators. Closing the round validates each indicator that more members approved than rejected
// (validation ref 'approval:<round id>'); the others stay proposed.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { colleges, memberships } from '../councils/tables';
import { indicators } from '../plans/tables';
import { approvalRoundColleges, approvalRoundIndicators, approvalRounds, approvalVotes } from './tables';
import { writableCampaign } from './campaigns';
import { clean } from './values';

export type NewRound = { title: string; indicatorIds: number[]; collegeIds: number[] };

export function openApprovalRound(campaignId: number, input: NewRound, actorId: number | null): number {
	const title = clean(input.title, 'title', 200);
	const indicatorIds = [...new Set(input.indicatorIds)];
	const collegeIds = [...new Set(input.collegeIds)];
	if (!indicatorIds.length) throw new DomainError('evaluation_error_round_indicators', 'indicatorIds');
	if (!collegeIds.length) throw new DomainError('evaluation_error_colleges_required', 'collegeIds');
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		const rows = tx.select().from(indicators).where(inArray(indicators.id, indicatorIds)).all();
		if (rows.length !== indicatorIds.length || rows.some((r) => r.planId !== campaign.planId)) throw new DomainError('plans_error_indicator_not_found', 'indicatorIds');
		if (rows.some((r) => r.state !== 'proposed')) throw new DomainError('evaluation_error_round_not_proposed', 'indicatorIds');
		const found = tx.select({ id: colleges.id }).from(colleges).where(and(inArray(colleges.id, collegeIds), eq(colleges.councilId, campaign.councilId))).all();
		if (found.length !== collegeIds.length) throw new DomainError('evaluation_error_college_not_found', 'collegeIds');
		const round = tx.insert(approvalRounds).values({ campaignId, title, createdBy: actorId }).returning({ id: approvalRounds.id }).get();
		for (const indicatorId of indicatorIds) tx.insert(approvalRoundIndicators).values({ roundId: round.id, indicatorId }).run();
		for (const collegeId of collegeIds) tx.insert(approvalRoundColleges).values({ roundId: round.id, collegeId }).run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'approval.open', entityType: 'approval_round', entityId: round.id, details: { indicators: indicatorIds, colleges: collegeIds } });
		return { id: round.id, campaign };
	});
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId });
	return result.id;
}

/** The voter's active membership when it belongs to one of the round's colleges, else undefined. */
function voterMembership(roundId: number, councilId: number, userId: number) {
	const m = db()
		.select({ id: memberships.id, collegeId: memberships.collegeId })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.get();
	if (!m || m.collegeId === null) return undefined;
	const ok = db().select({ c: approvalRoundColleges.collegeId }).from(approvalRoundColleges).where(and(eq(approvalRoundColleges.roundId, roundId), eq(approvalRoundColleges.collegeId, m.collegeId))).get();
	return ok ? m : undefined;
}

/** Records (or changes) a member's approval of one indicator while the round is open. */
export function castApproval(roundId: number, userId: number, indicatorId: number, approve: boolean): void {
	db().transaction((tx) => {
		const round = tx.select().from(approvalRounds).where(eq(approvalRounds.id, roundId)).get();
		if (!round) throw new DomainError('evaluation_error_round_not_found', 'form');
		if (round.status !== 'open') throw new DomainError('evaluation_error_round_closed', 'form');
		const campaign = writableCampaign(tx, round.campaignId);
		const m = voterMembership(roundId, campaign.councilId, userId);
		if (!m) throw new DomainError('evaluation_error_not_in_audience', 'form');
		if (!tx.select({ i: approvalRoundIndicators.indicatorId }).from(approvalRoundIndicators).where(and(eq(approvalRoundIndicators.roundId, roundId), eq(approvalRoundIndicators.indicatorId, indicatorId))).get())
			throw new DomainError('plans_error_indicator_not_found', 'form');
		tx.insert(approvalVotes)
			.values({ roundId, indicatorId, membershipId: m.id, approve, votedAt: new Date() })
			.onConflictDoUpdate({ target: [approvalVotes.roundId, approvalVotes.indicatorId, approvalVotes.membershipId], set: { approve, votedAt: new Date() } })
			.run();
	});
}

/** Closes the round and validates the approved indicators; returns the outcome per indicator. */
export function closeApprovalRound(roundId: number, actorId: number | null): { approved: number[]; rejected: number[] } {
	const result = db().transaction((tx) => {
		const round = tx.select().from(approvalRounds).where(eq(approvalRounds.id, roundId)).get();
		if (!round) throw new DomainError('evaluation_error_round_not_found', 'form');
		if (round.status !== 'open') throw new DomainError('evaluation_error_round_closed', 'form');
		const campaign = writableCampaign(tx, round.campaignId);
		const approved: number[] = [];
		const rejected: number[] = [];
		const now = new Date();
		for (const item of tx.select().from(approvalRoundIndicators).where(eq(approvalRoundIndicators.roundId, roundId)).all()) {
			const votes = tx.select({ approve: approvalVotes.approve }).from(approvalVotes).where(and(eq(approvalVotes.roundId, roundId), eq(approvalVotes.indicatorId, item.indicatorId))).all();
			const yes = votes.filter((v) => v.approve).length;
			const indicator = tx.select().from(indicators).where(eq(indicators.id, item.indicatorId)).get();
			const ok = yes > votes.length - yes && indicator?.state === 'proposed';
			(ok ? approved : rejected).push(item.indicatorId);
			tx.update(approvalRoundIndicators).set({ outcome: ok ? 'approved' : 'rejected' }).where(and(eq(approvalRoundIndicators.roundId, roundId), eq(approvalRoundIndicators.indicatorId, item.indicatorId))).run();
			if (ok) {
				const ref = `approval:${roundId}`;
				tx.update(indicators).set({ state: 'validated', validatedAt: now, validationRef: ref, updatedAt: now }).where(eq(indicators.id, item.indicatorId)).run();
				recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'indicator.validate', entityType: 'indicator', entityId: item.indicatorId, details: { planId: campaign.planId, from: 'proposed', ref, yes, no: votes.length - yes } });
			}
		}
		tx.update(approvalRounds).set({ status: 'closed', closedAt: now }).where(eq(approvalRounds.id, roundId)).run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'approval.close', entityType: 'approval_round', entityId: roundId, details: { approved, rejected } });
		return { approved, rejected, campaign };
	});
	for (const indicatorId of result.approved) publish({ type: 'indicator.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, indicatorId, what: 'state' });
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId: result.campaign.id });
	return { approved: result.approved, rejected: result.rejected };
}

export type RoundItem = {
	id: number;
	title: string;
	status: 'open' | 'closed';
	colleges: { id: number; name: string }[];
	indicators: { id: number; name: string; state: string; outcome: string | null; yes: number; no: number; mine: boolean | null }[];
	/** whether the viewer may vote in this round */
	canVote: boolean;
};

export function listApprovalRounds(campaignId: number, councilId: number, userId: number | null): RoundItem[] {
	const d = db();
	const rounds = d.select().from(approvalRounds).where(eq(approvalRounds.campaignId, campaignId)).orderBy(asc(approvalRounds.id)).all();
	return rounds.map((r) => {
		const cols = d.select({ id: colleges.id, name: colleges.name }).from(approvalRoundColleges).innerJoin(colleges, eq(colleges.id, approvalRoundColleges.collegeId)).where(eq(approvalRoundColleges.roundId, r.id)).all();
		const m = userId ? voterMembership(r.id, councilId, userId) : undefined;
		const votes = d.select().from(approvalVotes).where(eq(approvalVotes.roundId, r.id)).all();
		const items = d
			.select({ id: indicators.id, name: indicators.name, state: indicators.state, outcome: approvalRoundIndicators.outcome })
			.from(approvalRoundIndicators)
			.innerJoin(indicators, eq(indicators.id, approvalRoundIndicators.indicatorId))
			.where(eq(approvalRoundIndicators.roundId, r.id))
			.orderBy(asc(indicators.name))
			.all();
		return {
			id: r.id,
			title: r.title,
			status: r.status as 'open' | 'closed',
			colleges: cols,
			canVote: r.status === 'open' && !!m,
			indicators: items.map((i) => {
				const mine = m ? votes.find((v) => v.indicatorId === i.id && v.membershipId === m.id) : undefined;
				return {
					...i,
					yes: votes.filter((v) => v.indicatorId === i.id && v.approve).length,
					no: votes.filter((v) => v.indicatorId === i.id && !v.approve).length,
					mine: mine ? mine.approve : null
				};
			})
		};
	});
}
