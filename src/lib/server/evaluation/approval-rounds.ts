// Approval rounds as their page shows them: counts per indicator, the viewer's ballots, the response rate per college
// and, while a round is open, what closing it now would decide (the engine's tally on the ballots so far), which
// the closing confirmation shows. Also who is asked in a round and who has not voted yet (for outreach.ts).
import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { colleges } from '../councils/tables';
import { indicators } from '../plans/tables';
import { tally } from '../../tally/tally';
import type { Decision, Majority, MajorityBase, QuorumKind, TallyResult, Weighting } from '../plenaries/tally-types';
import { entitledMembers, tallyInputOf, type RoundChoice, type RoundRules } from './approval';
import type { AudiencePerson } from './audience';
import { rateOf, roundVoters, type ResponseRate } from './response-rate';
import { approvalRoundColleges, approvalRoundIndicators, approvalRounds, approvalVotes } from './tables';

export type RoundItem = {
	id: number;
	title: string;
	status: 'open' | 'closed';
	rules: RoundRules;
	colleges: { id: number; name: string }[];
	/** members entitled to vote in the round */
	entitled: number;
	/** how many of them voted (at least one ballot), in all and per college */
	rate: ResponseRate;
	indicators: {
		id: number;
		name: string;
		state: string;
		/** the tally's decision once closed */
		outcome: string | null;
		result: TallyResult | null;
		/** open rounds: the decision closing now would give */
		preview: Decision | null;
		yes: number;
		no: number;
		abstain: number;
		mine: RoundChoice | null;
	}[];
	/** whether the viewer may vote in this round */
	canVote: boolean;
};

/** The members asked in the round (entitled to vote in it). */
export function roundAudience(tx: Tx, roundId: number, councilId: number): AudiencePerson[] {
	const round = tx.select().from(approvalRounds).where(eq(approvalRounds.id, roundId)).get();
	if (!round) return [];
	return entitledMembers(tx, round, councilId).map((m) => ({ membershipId: m.id, userId: m.userId, collegeId: m.collegeId }));
}

/** The user ids of the members asked in the round who have not cast a single ballot. */
export function roundSilent(tx: Tx, roundId: number, councilId: number): number[] {
	const voters = roundVoters(tx, roundId);
	return roundAudience(tx, roundId, councilId)
		.filter((p) => !voters.has(p.membershipId))
		.map((p) => p.userId);
}

export function listApprovalRounds(campaignId: number, councilId: number, userId: number | null): RoundItem[] {
	const d = db();
	const rounds = d.select().from(approvalRounds).where(eq(approvalRounds.campaignId, campaignId)).orderBy(asc(approvalRounds.id)).all();
	return rounds.map((r) => {
		const cols = d
			.select({ id: colleges.id, name: colleges.name })
			.from(approvalRoundColleges)
			.innerJoin(colleges, eq(colleges.id, approvalRoundColleges.collegeId))
			.where(eq(approvalRoundColleges.roundId, r.id))
			.all();
		const entitled = entitledMembers(d, r, councilId);
		const me = userId ? entitled.find((m) => m.userId === userId) : undefined;
		const votes = d.select().from(approvalVotes).where(eq(approvalVotes.roundId, r.id)).all();
		const voters = new Set(votes.map((v) => v.membershipId));
		const items = d
			.select({ id: indicators.id, name: indicators.name, state: indicators.state, outcome: approvalRoundIndicators.outcome, result: approvalRoundIndicators.result })
			.from(approvalRoundIndicators)
			.innerJoin(indicators, eq(indicators.id, approvalRoundIndicators.indicatorId))
			.where(eq(approvalRoundIndicators.roundId, r.id))
			.orderBy(asc(indicators.name))
			.all();
		const count = (indicatorId: number, choice: RoundChoice) => votes.filter((v) => v.indicatorId === indicatorId && v.choice === choice).length;
		const open = r.status === 'open';
		return {
			id: r.id,
			title: r.title,
			status: r.status as 'open' | 'closed',
			rules: { weighting: r.weighting as Weighting, majority: r.majority as Majority, base: r.majorityBase as MajorityBase, quorumKind: r.quorumKind as QuorumKind, quorumValue: r.quorumValue },
			colleges: cols,
			entitled: entitled.length,
			rate: rateOf(
				d,
				councilId,
				entitled.map((m) => ({ membershipId: m.id, userId: m.userId, collegeId: m.collegeId })),
				(p) => voters.has(p.membershipId)
			),
			canVote: open && !!me,
			indicators: items.map((i) => {
				const mine = me ? votes.find((v) => v.indicatorId === i.id && v.membershipId === me.id) : undefined;
				return {
					...i,
					result: i.result ?? null,
					preview: open ? tally(tallyInputOf(d, r, councilId, i.id)).decision : null,
					yes: count(i.id, 'yes'),
					no: count(i.id, 'no'),
					abstain: count(i.id, 'abstain'),
					mine: mine ? (mine.choice as RoundChoice) : null
				};
			})
		};
	});
}
