// Stale targets of a next plan: an indicator carried from the evaluated plan (next-plan.ts) whose target is
// already reached by its new baseline, or whose target date had passed when it was carried (the draft moved it
// to the end of the new period), needs the secretariat to set a new target or confirm the current one before
// the plan is adopted. The reasons are computed live from the indicator and its predecessor; the review is
// stored on the indicator (target_reviewed_at / _by) and audited.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { indicators, plans } from './tables';
import { indicatorProgress } from './progress';
import { checkDate, checkNumber, type Direction } from './values';

export type StaleReason = 'reached' | 'date_passed';

export type StaleInput = {
	direction: string;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	/** the predecessor's target date, null when the indicator was not carried */
	originTargetDate: string | null;
	/** the start year of the indicator's plan */
	startYear: number;
};

/** Why a carried indicator's target needs a review (empty: it does not). Pure. */
export function staleTargetReasons(i: StaleInput): StaleReason[] {
	if (i.originTargetDate === null) return [];
	const reasons: StaleReason[] = [];
	const reached = indicatorProgress({
		direction: i.direction as Direction,
		baselineValue: i.baselineValue,
		baselineDate: i.baselineDate,
		targetValue: i.targetValue,
		targetDate: i.targetDate,
		latest: { value: i.baselineValue, date: i.baselineDate }
	}).achieved;
	if (reached) reasons.push('reached');
	const planStart = `${String(i.startYear).padStart(4, '0')}-01-01`;
	if (i.originTargetDate < planStart || i.originTargetDate <= i.baselineDate) reasons.push('date_passed');
	return reasons;
}

export type TargetReviewItem = {
	id: number;
	name: string;
	unit: string;
	targetValue: number;
	targetDate: string;
	originTargetValue: number;
	originTargetDate: string;
	reasons: StaleReason[];
	reviewed: { at: Date; byName: string | null } | null;
};

/** The carried indicators of a plan (not retired) whose target is stale or was reviewed, in name order. */
export function targetsToReview(planId: number, tx: Tx = db()): TargetReviewItem[] {
	const origin = alias(indicators, 'origin');
	const plan = tx.select({ startYear: plans.startYear }).from(plans).where(eq(plans.id, planId)).get();
	if (!plan) return [];
	const rows = tx
		.select({ i: indicators, originTargetValue: origin.targetValue, originTargetDate: origin.targetDate, reviewerName: users.name })
		.from(indicators)
		.innerJoin(origin, eq(origin.id, indicators.originIndicatorId))
		.leftJoin(users, eq(users.id, indicators.targetReviewedBy))
		.where(and(eq(indicators.planId, planId), isNotNull(indicators.originIndicatorId), inArray(indicators.state, ['proposed', 'validated'])))
		.all();
	return rows
		.map(({ i, originTargetValue, originTargetDate, reviewerName }) => ({
			id: i.id,
			name: i.name,
			unit: i.unit,
			targetValue: i.targetValue,
			targetDate: i.targetDate,
			originTargetValue,
			originTargetDate,
			reasons: staleTargetReasons({ ...i, originTargetDate, startYear: plan.startYear }),
			reviewed: i.targetReviewedAt ? { at: i.targetReviewedAt, byName: reviewerName } : null
		}))
		.filter((r) => r.reasons.length > 0 || r.reviewed !== null)
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Refuses (plans_error_targets_unreviewed, listing them) while a stale target has not been reviewed. */
export function assertTargetsReviewed(tx: Tx, planId: number): void {
	const pending = targetsToReview(planId, tx).filter((r) => !r.reviewed);
	if (pending.length) throw new DomainError('plans_error_targets_unreviewed', 'form', { count: String(pending.length), names: pending.map((r) => `« ${r.name} »`).join(', ') });
}

export type TargetReview = { mode: 'confirm' | 'update'; targetValue?: number | null; targetDate?: string | null };

/** Confirms the current target of a stale carried indicator, or sets a new one; only while its plan is a draft. */
export function reviewTarget(tx: Tx, indicatorId: number, review: TargetReview, actorId: number | null): void {
	const before = tx.select().from(indicators).where(eq(indicators.id, indicatorId)).get();
	if (!before) throw new DomainError('plans_error_indicator_not_found', 'form');
	const plan = tx.select().from(plans).where(eq(plans.id, before.planId)).get()!;
	if (plan.status !== 'draft') throw new DomainError('plans_error_target_review_draft_only', 'form');
	const item = targetsToReview(plan.id, tx).find((r) => r.id === indicatorId);
	if (!item) throw new DomainError('plans_error_target_review_not_needed', 'form');
	let targetValue = before.targetValue;
	let targetDate = before.targetDate;
	if (review.mode === 'update') {
		if (review.targetValue === null || review.targetValue === undefined) throw new DomainError('plans_error_required', 'targetValue');
		targetValue = checkNumber(review.targetValue, 'targetValue');
		targetDate = checkDate(review.targetDate, 'targetDate');
		if (targetDate <= before.baselineDate || targetDate < `${String(plan.startYear).padStart(4, '0')}-01-01`)
			throw new DomainError('plans_error_target_review_date', 'targetDate', { date: before.baselineDate, year: String(plan.startYear) });
		const stillReached = staleTargetReasons({ ...before, targetValue, targetDate, originTargetDate: '9999-12-31', startYear: plan.startYear }).includes('reached');
		if (stillReached) throw new DomainError('plans_error_target_review_reached', 'targetValue');
	}
	const now = new Date();
	tx.update(indicators).set({ targetValue, targetDate, targetReviewedAt: now, targetReviewedBy: actorId, updatedAt: now }).where(eq(indicators.id, indicatorId)).run();
	recordAudit(tx, {
		councilId: plan.councilId,
		actorId,
		action: 'indicator.target_review',
		entityType: 'indicator',
		entityId: indicatorId,
		details: {
			planId: plan.id,
			name: before.name,
			mode: review.mode,
			reasons: item.reasons.join(', '),
			...(review.mode === 'update' ? { changes: { targetValue: { from: before.targetValue, to: targetValue }, targetDate: { from: before.targetDate, to: targetDate } } } : {})
		}
	});
	publish({ type: 'indicator.changed', councilId: plan.councilId, planId: plan.id, indicatorId, what: 'definition' });
}
