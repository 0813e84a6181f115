// Approval rounds run on the plenary vote engine: its rules, its entitlement, its tally.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { councils } from '../councils/tables';
import { getIndicator } from '../plans/indicators';
import { newIndicator } from '../plans/test-helpers';
import { campaignFixture } from './test-fixture';
import { refusal } from '../test-support';
import { castApproval, closeApprovalRound, defaultRoundRules, openApprovalRound } from './approval';
import { listApprovalRounds } from './approval-rounds';
import { approvalRoundIndicators } from './tables';
import { validationSource } from './validation-ref';

async function fixture() {
	const f = await campaignFixture(
		(f, tree) => ({ first: newIndicator(tree.strategic.id, f.actorId, { name: 'Heures d’insertion' }), second: newIndicator(tree.operational.id, f.actorId, { name: 'Part des clauses' }) }),
		[
			{ name: 'Acteurs', weight: 60 },
			{ name: 'Réseaux', weight: 40 },
			{ name: 'Élus', weight: 0 }
		]
	);
	/** a voting member's user id */
	const person = (collegeId: number | null, roles = ['member'], voteWeight = 1) => f.person(collegeId, roles, voteWeight).user.id;
	return { ...f, person };
}

describe('indicator approval rounds on the vote engine', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('a simple majority of the votes cast validates; a tie leaves the indicator proposed; a ballot can be changed', () => {
		const roundId = openApprovalRound(
			f.campaign.id,
			{
				title: 'Validation des indicateurs',
				indicatorIds: [f.first.id, f.second.id],
				collegeIds: [f.collegeA.id],
				rules: { weighting: 'none', majority: 'simple', base: 'cast', quorumKind: 'none', quorumValue: 0 }
			},
			f.actorId
		);
		const [a1, a2, a3] = [f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id)];
		castApproval(roundId, a1, f.first.id, 'yes');
		castApproval(roundId, a2, f.first.id, 'yes');
		castApproval(roundId, a3, f.first.id, 'no');
		castApproval(roundId, a1, f.second.id, 'yes');
		castApproval(roundId, a1, f.second.id, 'no'); // changed their mind: one ballot each
		castApproval(roundId, a2, f.second.id, 'yes');
		castApproval(roundId, a3, f.second.id, 'abstain'); // does not count with the base "votes cast"
		const open = listApprovalRounds(f.campaign.id, f.council.id, a1)[0]!;
		expect(open).toMatchObject({ canVote: true, entitled: 3 });
		expect(open.indicators.find((i) => i.id === f.second.id)).toMatchObject({ yes: 1, no: 1, abstain: 1, mine: 'no' });
		expect(closeApprovalRound(roundId, f.actorId)).toEqual({ approved: [f.first.id], rejected: [f.second.id] });
		expect(getIndicator(f.first.id)).toMatchObject({ state: 'validated', validationRef: `approval:${roundId}` });
		// the indicator page names the round, only within its own council
		expect(validationSource(`approval:${roundId}`, f.council.id)).toEqual({ kind: 'approval', roundId, title: 'Validation des indicateurs' });
		expect(validationSource(`approval:${roundId}`, f.council.id + 1000)).toEqual({ kind: 'text', text: `approval:${roundId}` });
		expect(getIndicator(f.second.id)!.state).toBe('proposed');
		const closed = listApprovalRounds(f.campaign.id, f.council.id, null)[0]!;
		expect(closed.indicators.map((i) => [i.name, i.outcome])).toEqual([
			['Heures d’insertion', 'adopted'],
			['Part des clauses', 'tie']
		]);
		// the engine's full result is kept, with the inputs it was computed from
		const first = closed.indicators.find((i) => i.id === f.first.id)!;
		expect(first.result).toMatchObject({ decision: 'adopted', method: 'yes_no_abstain', ballots: { total: 3 } });
		const stored = db().select().from(approvalRoundIndicators).where(eq(approvalRoundIndicators.indicatorId, f.first.id)).get()!;
		expect(stored.tallyInput!.ballots).toHaveLength(3);
		expect(refusal(() => castApproval(roundId, a1, f.second.id, 'yes'))).toBe('evaluation_error_round_closed@form');
	});

	it('the same counts decide differently under other rules: an absolute majority of the entitled members', () => {
		const roundId = openApprovalRound(
			f.campaign.id,
			{ title: 'Tour exigeant', indicatorIds: [f.first.id], collegeIds: [f.collegeA.id], rules: { weighting: 'none', majority: 'absolute', base: 'entitled', quorumKind: 'none', quorumValue: 0 } },
			f.actorId
		);
		const voters = [f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id)];
		castApproval(roundId, voters[0]!, f.first.id, 'yes');
		castApproval(roundId, voters[1]!, f.first.id, 'yes');
		castApproval(roundId, voters[2]!, f.first.id, 'no');
		// 2 yes out of 5 entitled: no absolute majority, although yes > no
		expect(closeApprovalRound(roundId, f.actorId).approved).toEqual([]);
		expect(listApprovalRounds(f.campaign.id, f.council.id, null)[0]!.indicators[0]!.outcome).toBe('rejected');
		expect(getIndicator(f.first.id)!.state).toBe('proposed');
	});

	it('a quorum not reached validates nothing', () => {
		const roundId = openApprovalRound(
			f.campaign.id,
			{ title: 'Avec quorum', indicatorIds: [f.first.id], collegeIds: [f.collegeA.id], rules: { weighting: 'none', majority: 'simple', base: 'cast', quorumKind: 'share', quorumValue: 50 } },
			f.actorId
		);
		const voters = [f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id)];
		castApproval(roundId, voters[0]!, f.first.id, 'yes');
		expect(closeApprovalRound(roundId, f.actorId).approved).toEqual([]);
		expect(listApprovalRounds(f.campaign.id, f.council.id, null)[0]!.indicators[0]!.outcome).toBe('invalid_quorum');
	});

	it('weighting by college: the colleges of the round weigh as in a plenary', () => {
		const roundId = openApprovalRound(
			f.campaign.id,
			{
				title: 'Pondéré',
				indicatorIds: [f.first.id],
				collegeIds: [f.collegeA.id, f.collegeB.id],
				rules: { weighting: 'college', majority: 'simple', base: 'cast', quorumKind: 'none', quorumValue: 0 }
			},
			f.actorId
		);
		const a = [f.person(f.collegeA.id), f.person(f.collegeA.id), f.person(f.collegeA.id)];
		const b = [f.person(f.collegeB.id)];
		castApproval(roundId, a[0]!, f.first.id, 'yes');
		castApproval(roundId, a[1]!, f.first.id, 'no');
		castApproval(roundId, a[2]!, f.first.id, 'no');
		castApproval(roundId, b[0]!, f.first.id, 'yes');
		// by heads 2 yes, 2 no: a tie; weighted (A 60, B 40): for = 60·1/3 + 40·1/1 = 60, against = 60·2/3 = 40 → adopted
		expect(closeApprovalRound(roundId, f.actorId).approved).toEqual([f.first.id]);
		const [item] = listApprovalRounds(f.campaign.id, f.council.id, null)[0]!.indicators;
		expect(item!.result!.colleges.map((c) => [c.name, c.voted])).toEqual(
			expect.arrayContaining([
				['Acteurs', 3],
				['Réseaux', 1]
			])
		);
	});

	it('only voting members of the round’s colleges vote: not other colleges, not observers, not the secretariat', () => {
		const roundId = openApprovalRound(f.campaign.id, { title: 'Audience', indicatorIds: [f.first.id], collegeIds: [f.collegeA.id] }, f.actorId);
		const inB = f.person(f.collegeB.id);
		const observerInA = f.person(f.collegeA.id, ['observer']);
		const noCollege = f.person(null);
		for (const userId of [inB, observerInA, noCollege, f.actorId]) expect(refusal(() => castApproval(roundId, userId, f.first.id, 'yes'))).toBe('evaluation_error_not_in_audience@form');
		expect(listApprovalRounds(f.campaign.id, f.council.id, observerInA)[0]!.canVote).toBe(false);
		const member = f.person(f.collegeA.id);
		expect(refusal(() => castApproval(roundId, member, f.second.id, 'yes'))).toBe('plans_error_indicator_not_found@form');
		expect(refusal(() => castApproval(roundId, member, f.first.id, 'maybe' as 'yes'))).toBe('plenaries_error_choice_invalid@form');
	});

	it('rules default to the council’s votes settings, its quorum included, without the base "present"; bad rules are refused', () => {
		db().update(councils).set({ weighting: 'college', majority: 'two_thirds', majorityBase: 'present', quorumKind: 'share', quorumValue: 50 }).where(eq(councils.id, f.council.id)).run();
		const council = db().select().from(councils).where(eq(councils.id, f.council.id)).get()!;
		expect(defaultRoundRules(council)).toEqual({ weighting: 'college', majority: 'two_thirds', base: 'cast', quorumKind: 'share', quorumValue: 50 });
		const roundId = openApprovalRound(f.campaign.id, { title: 'Par défaut', indicatorIds: [f.first.id], collegeIds: [f.collegeA.id] }, f.actorId);
		expect(listApprovalRounds(f.campaign.id, f.council.id, null).find((r) => r.id === roundId)!.rules).toEqual(defaultRoundRules(council));
		const bad = (rules: object) => refusal(() => openApprovalRound(f.campaign.id, { title: 'X', indicatorIds: [f.second.id], collegeIds: [f.collegeA.id], rules }, f.actorId));
		expect(bad({ base: 'present' })).toBe('plenaries_error_rule@base');
		expect(bad({ quorumKind: 'share', quorumValue: 150 })).toBe('plenaries_error_quorum_value@quorumValue');
		expect(bad({ majority: 'unanimity' })).toBe('plenaries_error_rule@majority');
		expect(listApprovalRounds(f.campaign.id, f.council.id, null)).toHaveLength(1); // refused rounds wrote nothing
	});
});
