import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { catchError } from '../test-support';
import { checkInAll, cid, person, plenaryFixture } from './test-fixtures';
import { createVote, openVote } from './votes';
import { castBallot } from './cast';
import { closeVote } from './close';
import { enterPaper } from './paper';
import { paperSlots } from './paper-groups';

describe('paper ballots per group', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('under per-member weighting the form asks counts per college and weight, and the ballots count with their weight', () => {
		const f = plenaryFixture({ council: { weighting: 'member' }, perCollege: [1, 1, 0, 0] });
		const [[a1], [b1]] = f.members;
		const a2 = person(f.council.id, f.colleges[0].id, ['member'], 2);
		const a3 = person(f.council.id, f.colleges[0].id, ['member'], 2);
		const b2 = person(f.council.id, f.colleges[1].id, ['member'], 0.5);
		checkInAll(f.plenary.id, [a1, a2, a3, b1, b2]);
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', weighting: 'member', majority: 'simple', base: 'cast', quorumKind: 'none' });
		const [A, B] = f.colleges;
		expect(paperSlots(vote).map((s) => [s.collegeName, s.weight])).toEqual([
			['A', 1],
			['A', 2],
			['B', 0.5],
			['B', 1]
		]);
		openVote(f.secretariat.user, vote.id);
		castBallot({ voteId: vote.id, actingMembershipId: a1.membershipId, representedMembershipId: a1.membershipId, choice: ['no'], clientBallotId: cid() });
		// paper: a2 and a3 (weight 2) yes, b2 (weight 0.5) no
		const voters = [a2.membershipId, a3.membershipId, b2.membershipId];
		// the old form sent every paper ballot with weight 1: refused, and the refusal names the group whose count is wrong
		const wrong = catchError(() =>
			enterPaper(f.secretariat.user, vote.id, {
				voters,
				groups: [
					{ collegeId: A.id, counts: { yes: 2 } },
					{ collegeId: B.id, counts: { no: 1 } }
				]
			})
		);
		expect(wrong.code).toBe('plenaries_error_paper_group_mismatch');
		expect(wrong.params).toMatchObject({ expected: 2, entered: 0, group: 'A × 2' });
		enterPaper(f.secretariat.user, vote.id, {
			voters,
			groups: [
				{ collegeId: A.id, weight: 2, counts: { yes: 2, no: 0 } },
				{ collegeId: B.id, weight: 0.5, counts: { yes: 0, no: 1 } }
			]
		});
		const result = closeVote(f.secretariat.user, vote.id);
		const yes = result.options.find((o) => o.id === 'yes')!;
		const no = result.options.find((o) => o.id === 'no')!;
		expect([yes.votes, yes.paper, yes.weighted.value]).toEqual([2, 2, 4]);
		expect([no.votes, no.paper, no.weighted.value]).toEqual([2, 1, 1.5]);
		expect(result.decision).toBe('adopted');
		// paper ballots sit in their members' colleges: no "no college" row
		expect(result.colleges.map((c) => c.collegeId)).not.toContain(null);
		const byCollege = new Map(result.colleges.map((c) => [c.collegeId, c]));
		expect(byCollege.get(A.id)!.options.map((o) => [o.id, o.votes])).toEqual([
			['yes', 2],
			['no', 1]
		]);
		expect(byCollege.get(B.id)!.options.map((o) => [o.id, o.votes])).toEqual([
			['yes', 0],
			['no', 1]
		]);
	});

	it('without weighting, paper counts go per college too, so they appear in their members’ colleges', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [2, 1, 0, 0] });
		const [[a1, a2], [b1]] = f.members;
		checkInAll(f.plenary.id, [a1, a2, b1]);
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', weighting: 'none', majority: 'simple', base: 'cast', quorumKind: 'none' });
		expect(paperSlots(vote).map((s) => [s.collegeName, s.weight])).toEqual([
			['A', null],
			['B', null]
		]);
		openVote(f.secretariat.user, vote.id);
		enterPaper(f.secretariat.user, vote.id, {
			voters: [a2.membershipId, b1.membershipId],
			groups: [
				{ collegeId: f.colleges[0].id, counts: { yes: 1 } },
				{ collegeId: f.colleges[1].id, counts: { no: 1 } }
			]
		});
		const result = closeVote(f.secretariat.user, vote.id);
		expect(result.colleges.find((c) => c.collegeId === null)).toBeUndefined();
		expect(result.colleges.find((c) => c.collegeId === f.colleges[1].id)!.options.find((o) => o.id === 'no')!.votes).toBe(1);
	});

	it('a council without colleges has one group', () => {
		const f = plenaryFixture({ council: { weighting: 'none', colleges: [] }, perCollege: [0, 0, 0, 0] });
		person(f.council.id, null, ['member']);
		const vote = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', weighting: 'none' });
		expect(paperSlots(vote)).toEqual([{ key: 'none', collegeId: null, collegeName: '', weight: null }]);
	});
});
