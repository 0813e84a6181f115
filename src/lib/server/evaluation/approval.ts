// Stage 2 online: an approval round in which the members of chosen colleges vote yes / no / abstain on proposed
// indicators. It runs on the plenary vote engine: the round carries the engine's rules (weighting, majority and
// base, quorum, checked by checkRules), who may vote is the engine's isEntitled restricted to the round's colleges,
// and closing tallies each indicator with the engine's tally() in ONE transaction that stores each result with its
// inputs and validates the adopted indicators (ref 'approval:<round id>'); the others stay proposed.
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { colleges, councils, memberships } from '../councils/tables';
import { indicators } from '../plans/tables';
import { validateIndicatorIn } from '../plans/indicators';
import { isEntitled } from '../plenaries/access';
import { checkRules } from '../../tally/ballot-rules';
import { tally } from '../../tally/tally';
import {
	BASES,
	MAJORITIES,
	QUORUM_KINDS,
	WEIGHTINGS,
	YES_NO_ABSTAIN,
	type Majority,
	type MajorityBase,
	type QuorumKind,
	type TallyInput,
	type TallyRules,
	type Weighting
} from '../plenaries/tally-types';
import { approvalRoundColleges, approvalRoundIndicators, approvalRounds, approvalVotes } from './tables';
import { writableCampaign } from './campaigns';
import { clean } from './values';

/** A round has no roll call: every base but 'present'. */
export const ROUND_BASES = BASES.filter((b) => b !== 'present');
export const ROUND_CHOICES = ['yes', 'no', 'abstain'] as const;
export type RoundChoice = (typeof ROUND_CHOICES)[number];

export type RoundRules = { weighting: Weighting; majority: Majority; base: MajorityBase; quorumKind: QuorumKind; quorumValue: number };
export type NewRound = { title: string; indicatorIds: number[]; collegeIds: number[]; rules?: Partial<RoundRules> };

type RoundRow = typeof approvalRounds.$inferSelect;

/**
 * The council's voting rules (its votes settings) as a round's defaults, its quorum included: online, the quorum
 * counts the members who voted (nobody is "present"); no 'present' base.
 */
export function defaultRoundRules(council: Pick<typeof councils.$inferSelect, 'weighting' | 'majority' | 'majorityBase' | 'quorumKind' | 'quorumValue'>): RoundRules {
	return {
		weighting: council.weighting as Weighting,
		majority: council.majority as Majority,
		base: council.majorityBase === 'present' ? 'cast' : (council.majorityBase as MajorityBase),
		quorumKind: council.quorumKind as QuorumKind,
		quorumValue: council.quorumKind === 'none' ? 0 : council.quorumValue
	};
}

function rulesOfRound(round: Pick<RoundRow, 'weighting' | 'majority' | 'majorityBase' | 'quorumKind' | 'quorumValue'>): TallyRules {
	return {
		method: 'yes_no_abstain',
		options: YES_NO_ABSTAIN,
		minChoices: 1,
		maxChoices: 1,
		winners: 1,
		weighting: round.weighting as Weighting,
		majority: round.majority as Majority,
		base: round.majorityBase as MajorityBase,
		quorumKind: round.quorumKind as QuorumKind,
		quorumValue: round.quorumValue
	};
}

function settleRules(council: typeof councils.$inferSelect, input: Partial<RoundRules> | undefined): RoundRules {
	// a rule left out (undefined) takes the council's
	const given = Object.fromEntries(Object.entries(input ?? {}).filter(([, v]) => v !== undefined));
	const d: RoundRules = { ...defaultRoundRules(council), ...given };
	const oneOf = <T extends string>(list: readonly T[], value: T, field: string): T => {
		if (!list.includes(value)) throw new DomainError('plenaries_error_rule', field);
		return value;
	};
	const rules: RoundRules = {
		weighting: oneOf(WEIGHTINGS, d.weighting, 'weighting'),
		majority: oneOf(MAJORITIES, d.majority, 'majority'),
		base: oneOf(ROUND_BASES, d.base, 'base'),
		quorumKind: oneOf(QUORUM_KINDS, d.quorumKind, 'quorumKind'),
		quorumValue: d.quorumKind === 'none' ? 0 : d.quorumValue
	};
	checkRules(rulesOfRound({ ...rules, majorityBase: rules.base }));
	return rules;
}

export function openApprovalRound(campaignId: number, input: NewRound, actorId: number | null): number {
	const title = clean(input.title, 'title', 200);
	const indicatorIds = [...new Set(input.indicatorIds)];
	const collegeIds = [...new Set(input.collegeIds)];
	if (!indicatorIds.length) throw new DomainError('evaluation_error_round_indicators', 'indicatorIds');
	if (!collegeIds.length) throw new DomainError('evaluation_error_colleges_required', 'collegeIds');
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		const council = tx.select().from(councils).where(eq(councils.id, campaign.councilId)).get()!;
		const rules = settleRules(council, input.rules);
		const rows = tx.select().from(indicators).where(inArray(indicators.id, indicatorIds)).all();
		if (rows.length !== indicatorIds.length || rows.some((r) => r.planId !== campaign.planId)) throw new DomainError('plans_error_indicator_not_found', 'indicatorIds');
		if (rows.some((r) => r.state !== 'proposed')) throw new DomainError('evaluation_error_round_not_proposed', 'indicatorIds');
		const found = tx
			.select({ id: colleges.id })
			.from(colleges)
			.where(and(inArray(colleges.id, collegeIds), eq(colleges.councilId, campaign.councilId)))
			.all();
		if (found.length !== collegeIds.length) throw new DomainError('evaluation_error_college_not_found', 'collegeIds');
		const round = tx
			.insert(approvalRounds)
			.values({ campaignId, title, weighting: rules.weighting, majority: rules.majority, majorityBase: rules.base, quorumKind: rules.quorumKind, quorumValue: rules.quorumValue, createdBy: actorId })
			.returning({ id: approvalRounds.id })
			.get();
		for (const indicatorId of indicatorIds) tx.insert(approvalRoundIndicators).values({ roundId: round.id, indicatorId }).run();
		for (const collegeId of collegeIds) tx.insert(approvalRoundColleges).values({ roundId: round.id, collegeId }).run();
		recordAudit(tx, {
			councilId: campaign.councilId,
			actorId,
			action: 'approval.open',
			entityType: 'approval_round',
			entityId: round.id,
			details: { indicators: indicatorIds, colleges: collegeIds, rules }
		});
		return { id: round.id, campaign };
	});
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId });
	return result.id;
}

const roundCollegeIds = (tx: Tx, roundId: number): Set<number> =>
	new Set(
		tx
			.select({ c: approvalRoundColleges.collegeId })
			.from(approvalRoundColleges)
			.where(eq(approvalRoundColleges.roundId, roundId))
			.all()
			.map((r) => r.c)
	);

/** The council's memberships entitled to vote in the round: the engine's rule, within the round's colleges. */
export function entitledMembers(tx: Tx, round: RoundRow, councilId: number) {
	const inRound = roundCollegeIds(tx, round.id);
	return tx
		.select({ id: memberships.id, userId: memberships.userId, collegeId: memberships.collegeId, voteWeight: memberships.voteWeight, status: memberships.status, roles: memberships.roles })
		.from(memberships)
		.where(eq(memberships.councilId, councilId))
		.orderBy(memberships.id)
		.all()
		.filter((m) => isEntitled(m, round.weighting) && m.collegeId !== null && inRound.has(m.collegeId));
}

/** Records (or changes) a member's ballot on one indicator while the round is open. */
export function castApproval(roundId: number, userId: number, indicatorId: number, choice: RoundChoice): void {
	if (!ROUND_CHOICES.includes(choice)) throw new DomainError('plenaries_error_choice_invalid', 'form');
	const campaign = db().transaction((tx) => {
		const round = tx.select().from(approvalRounds).where(eq(approvalRounds.id, roundId)).get();
		if (!round) throw new DomainError('evaluation_error_round_not_found', 'form');
		if (round.status !== 'open') throw new DomainError('evaluation_error_round_closed', 'form');
		const campaign = writableCampaign(tx, round.campaignId);
		const m = entitledMembers(tx, round, campaign.councilId).find((e) => e.userId === userId);
		if (!m) throw new DomainError('evaluation_error_not_in_audience', 'form');
		if (
			!tx
				.select({ i: approvalRoundIndicators.indicatorId })
				.from(approvalRoundIndicators)
				.where(and(eq(approvalRoundIndicators.roundId, roundId), eq(approvalRoundIndicators.indicatorId, indicatorId)))
				.get()
		)
			throw new DomainError('plans_error_indicator_not_found', 'form');
		const now = new Date();
		tx.insert(approvalVotes)
			.values({ roundId, indicatorId, membershipId: m.id, choice, collegeId: m.collegeId, weight: m.voteWeight, votedAt: now })
			.onConflictDoUpdate({ target: [approvalVotes.roundId, approvalVotes.indicatorId, approvalVotes.membershipId], set: { choice, collegeId: m.collegeId, weight: m.voteWeight, votedAt: now } })
			.run();
		return campaign;
	});
	// the round's page shows the running counts to everyone on it
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId: campaign.id });
}

/** The engine's input for one indicator of the round (named ballots; nobody is "present": no roll call online). */
export function tallyInputOf(tx: Tx, round: RoundRow, councilId: number, indicatorId: number): TallyInput {
	const ballots = tx
		.select({ memberId: approvalVotes.membershipId, choice: approvalVotes.choice, collegeId: approvalVotes.collegeId, weight: approvalVotes.weight })
		.from(approvalVotes)
		.where(and(eq(approvalVotes.roundId, round.id), eq(approvalVotes.indicatorId, indicatorId)))
		.orderBy(approvalVotes.membershipId)
		.all();
	const inRound = roundCollegeIds(tx, round.id);
	const entitled = entitledMembers(tx, round, councilId);
	const entitledIds = new Set(entitled.map((m) => m.id));
	// someone who voted and has since left the round's audience still counts, as in plenary votes
	const voters = ballots.filter((b) => !entitledIds.has(b.memberId));
	const members = [
		...entitled.map((m) => ({ id: m.id, collegeId: m.collegeId, weight: m.voteWeight, present: false })),
		...voters.map((b) => ({ id: b.memberId, collegeId: b.collegeId, weight: b.weight, present: false }))
	];
	const councilColleges = tx
		.select({ id: colleges.id, name: colleges.name, weight: colleges.weight })
		.from(colleges)
		.where(eq(colleges.councilId, councilId))
		.orderBy(colleges.position, colleges.id)
		.all();
	return {
		rules: rulesOfRound(round),
		colleges: councilColleges.filter((c) => inRound.has(c.id)),
		members,
		ballots: ballots.map((b) => ({ memberId: b.memberId, collegeId: b.collegeId, weight: b.weight, choice: [b.choice] })),
		onlineVoters: [],
		paper: null
	};
}

/** Closes the round: each indicator tallied by the engine, the adopted ones validated; returns the outcome per indicator. */
export function closeApprovalRound(roundId: number, actorId: number | null): { approved: number[]; rejected: number[] } {
	const result = db().transaction(
		(tx) => {
			const round = tx.select().from(approvalRounds).where(eq(approvalRounds.id, roundId)).get();
			if (!round) throw new DomainError('evaluation_error_round_not_found', 'form');
			if (round.status !== 'open') throw new DomainError('evaluation_error_round_closed', 'form');
			const campaign = writableCampaign(tx, round.campaignId);
			const approved: number[] = [];
			const rejected: number[] = [];
			const now = new Date();
			for (const item of tx.select().from(approvalRoundIndicators).where(eq(approvalRoundIndicators.roundId, roundId)).all()) {
				const input = tallyInputOf(tx, round, campaign.councilId, item.indicatorId);
				const outcome = tally(input);
				const indicator = tx.select({ state: indicators.state }).from(indicators).where(eq(indicators.id, item.indicatorId)).get();
				const ok = outcome.decision === 'adopted' && indicator?.state === 'proposed';
				(ok ? approved : rejected).push(item.indicatorId);
				tx.update(approvalRoundIndicators)
					.set({ outcome: outcome.decision, result: outcome, tallyInput: input })
					.where(and(eq(approvalRoundIndicators.roundId, roundId), eq(approvalRoundIndicators.indicatorId, item.indicatorId)))
					.run();
				if (ok) validateIndicatorIn(tx, item.indicatorId, { ref: `approval:${roundId}`, validatedAt: now, details: { roundId, decision: outcome.decision } }, actorId);
			}
			tx.update(approvalRounds).set({ status: 'closed', closedAt: now }).where(eq(approvalRounds.id, roundId)).run();
			recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'approval.close', entityType: 'approval_round', entityId: roundId, details: { approved, rejected } });
			return { approved, rejected, campaign };
		},
		{ behavior: 'immediate' }
	);
	for (const indicatorId of result.approved) publish({ type: 'indicator.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, indicatorId, what: 'state' });
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId: result.campaign.id });
	return { approved: result.approved, rejected: result.rejected };
}
