import { describe, expect, it } from 'vitest';
import { tally } from '../../tally/tally';
import { checkChoice, checkPaper, checkPaperShape } from '../../tally/ballot-rules';
import { DomainError } from '../errors';
import { YES_NO_ABSTAIN, type Choice, type TallyBallot, type TallyInput, type TallyMember, type TallyRules } from './tally-types';

let nextId = 1;
const frac = (num: number, den: number) => ({ num, den, value: num / den });

function rules(over: Partial<TallyRules> = {}): TallyRules {
	return {
		method: 'yes_no_abstain',
		options: YES_NO_ABSTAIN,
		minChoices: 1,
		maxChoices: 1,
		winners: 1,
		weighting: 'none',
		majority: 'simple',
		base: 'cast',
		quorumKind: 'none',
		quorumValue: 0,
		...over
	};
}

/** Members of one college; each choice is that member's ballot, null = did not vote. */
function group(collegeId: number | null, choices: (Choice | null)[], opts: { weight?: number; present?: boolean } = {}) {
	const members: TallyMember[] = [];
	const ballots: TallyBallot[] = [];
	for (const choice of choices) {
		const id = nextId++;
		const weight = opts.weight ?? 1;
		members.push({ id, collegeId, weight, present: opts.present ?? choice !== null });
		if (choice) ballots.push({ memberId: id, collegeId, weight, choice });
	}
	return { members, ballots };
}

/** yes / no / abstain ballots followed by `silent` members who did not vote. */
function yna(yes: number, no: number, abstain = 0, silent = 0): (Choice | null)[] {
	return [...Array(yes).fill(['yes']), ...Array(no).fill(['no']), ...Array(abstain).fill(['abstain']), ...Array(silent).fill(null)];
}

function input(r: TallyRules, groups: ReturnType<typeof group>[], extra: Partial<TallyInput> = {}): TallyInput {
	return {
		rules: r,
		colleges: [],
		members: groups.flatMap((g) => g.members),
		ballots: groups.flatMap((g) => g.ballots),
		onlineVoters: [],
		paper: null,
		...extra
	};
}

const COLLEGES = [
	{ id: 1, name: 'A', weight: 40 },
	{ id: 2, name: 'B', weight: 20 },
	{ id: 3, name: 'C', weight: 25 },
	{ id: 4, name: 'D', weight: 15 }
];

describe('the worked example of docs/domain.md', () => {
	const result = tally(
		input(rules({ weighting: 'college', majority: 'absolute', base: 'cast_abstain' }), [group(1, yna(7, 2, 1)), group(2, yna(1, 3)), group(3, yna(5, 0)), group(4, yna(0, 0, 0, 6))], {
			colleges: COLLEGES
		})
	);
	const yes = result.options.find((o) => o.id === 'yes')!;
	const no = result.options.find((o) => o.id === 'no')!;
	const college = (name: string) => result.colleges.find((c) => c.name === name)!;

	it('gives each college its share of yes', () => {
		expect(college('A').options[0].share).toEqual(frac(7, 10));
		expect(college('B').options[0].share).toEqual(frac(1, 4));
		expect(college('C').options[0].share).toEqual(frac(1, 1));
		expect(college('A').counted).toBe(10);
		expect(college('B').counted).toBe(4);
		expect(college('C').counted).toBe(5);
	});

	it('leaves D out: no counted vote', () => {
		expect(college('D')).toMatchObject({ included: false, counted: 0, entitled: 6, voted: 0, weight: 15 });
		expect(['A', 'B', 'C'].map((n) => college(n).included)).toEqual([true, true, true]);
		expect(college('D').options[0].share).toBeNull();
	});

	it('weights yes at (40·0.7 + 20·0.25 + 25·1) / 85 = 58/85 ≈ 68.2 %', () => {
		expect(result.base).toEqual({ kind: 'cast_abstain', unweighted: 19, weighted: frac(85, 1) });
		expect(yes.weighted).toEqual(frac(58, 1));
		expect(yes.weightedShare).toEqual(frac(58, 85));
		expect(Math.round(yes.weightedShare!.value * 1000) / 10).toBe(68.2);
		expect(college('A').options[0].weighted).toEqual(frac(28, 1));
		expect(college('B').options[0].weighted).toEqual(frac(5, 1));
		expect(college('C').options[0].weighted).toEqual(frac(25, 1));
		expect(no.weighted).toEqual(frac(23, 1));
		expect(result.abstain).toEqual({ votes: 1, weighted: frac(4, 1) });
	});

	it('shows the unweighted yes at 13/19 ≈ 68.4 % beside it', () => {
		expect(yes.votes).toBe(13);
		expect(yes.share).toEqual(frac(13, 19));
		expect(Math.round(yes.share!.value * 1000) / 10).toBe(68.4);
		expect(no.votes).toBe(5);
		expect(result.ballots).toEqual({ online: 19, paper: 0, valid: 19, abstain: 1, invalid: 0, total: 19 });
	});

	it('adopts it by absolute majority of the weighted base, with the figures that decided it', () => {
		expect(result.decision).toBe('adopted');
		expect(result.threshold).toEqual({ rule: 'absolute', ratio: frac(1, 2), op: '>', amount: frac(85, 2) });
		expect(result.figures).toEqual([{ kind: 'majority', subject: 'yes', left: frac(58, 85), op: '>', right: frac(1, 2), against: 'base', holds: true, weighted: true }]);
		expect(result.quorum).toEqual({ kind: 'none', value: 0, entitled: 25, counted: 19, required: 0, reached: true });
	});

	it('uses the yes+no base when asked: shares become 7/9, 1/4, 1', () => {
		const cast = tally(
			input(rules({ weighting: 'college', majority: 'absolute', base: 'cast' }), [group(1, yna(7, 2, 1)), group(2, yna(1, 3)), group(3, yna(5, 0)), group(4, yna(0, 0, 0, 6))], {
				colleges: COLLEGES
			})
		);
		expect(cast.colleges[0].options[0].share).toEqual(frac(7, 9));
		// (40·7/9 + 20·1/4 + 25) / 85 = (280/9 + 30) / 85 = 550/765 = 110/153
		expect(cast.options[0].weightedShare).toEqual(frac(110, 153));
		expect(cast.abstain.weighted).toBeNull();
	});

	it('counts D against adoption under the entitled base (D has entitled members)', () => {
		const entitled = tally(
			input(rules({ weighting: 'college', majority: 'absolute', base: 'entitled' }), [group(1, yna(7, 2, 1)), group(2, yna(1, 3)), group(3, yna(5, 0)), group(4, yna(0, 0, 0, 6))], {
				colleges: COLLEGES
			})
		);
		expect(entitled.colleges[3].included).toBe(true);
		// (28 + 5 + 25 + 15·0) / 100 = 58/100
		expect(entitled.options[0].weightedShare).toEqual(frac(29, 50));
		expect(entitled.decision).toBe('adopted');
	});
});

function motion(r: Partial<TallyRules>, yes: number, no: number, abstain = 0, silent = 0, absent = 0) {
	return tally(input(rules(r), [group(null, yna(yes, no, abstain, silent), { present: true }), group(null, yna(0, 0, 0, absent), { present: false })]));
}

describe('majority rules and bases, at their exact boundaries', () => {
	it('simple: yes > no; yes = no is a tie (not adopted); nobody for or against is rejected', () => {
		expect(motion({ majority: 'simple' }, 5, 4).decision).toBe('adopted');
		expect(motion({ majority: 'simple' }, 4, 4, 3).decision).toBe('tie');
		expect(motion({ majority: 'simple' }, 4, 5).decision).toBe('rejected');
		expect(motion({ majority: 'simple' }, 0, 0, 3).decision).toBe('rejected');
		expect(motion({ majority: 'simple' }, 4, 4).figures).toEqual([{ kind: 'majority', subject: 'yes', left: frac(4, 1), op: '>', right: frac(4, 1), against: 'no', holds: false, weighted: false }]);
	});

	it('absolute over yes+no: exactly half is not enough', () => {
		expect(motion({ majority: 'absolute', base: 'cast' }, 5, 5).decision).toBe('rejected');
		expect(motion({ majority: 'absolute', base: 'cast' }, 6, 5).decision).toBe('adopted');
		expect(motion({ majority: 'absolute', base: 'cast' }, 1, 0, 50).decision).toBe('adopted');
	});

	it('absolute over yes+no+abstain: abstentions count in the base', () => {
		expect(motion({ majority: 'absolute', base: 'cast_abstain' }, 5, 3, 2).decision).toBe('rejected');
		expect(motion({ majority: 'absolute', base: 'cast_abstain' }, 6, 2, 2).decision).toBe('adopted');
		expect(motion({ majority: 'absolute', base: 'cast_abstain' }, 5, 3, 2).base.unweighted).toBe(10);
	});

	it('two thirds: reaching exactly two thirds is enough (2 of 3)', () => {
		const r = motion({ majority: 'two_thirds', base: 'cast' }, 2, 1);
		expect(r.decision).toBe('adopted');
		expect(r.figures[0]).toMatchObject({ left: frac(2, 3), op: '>=', right: frac(2, 3), holds: true });
		expect(motion({ majority: 'two_thirds', base: 'cast' }, 6, 4).decision).toBe('rejected');
		expect(motion({ majority: 'two_thirds', base: 'cast' }, 66, 34).decision).toBe('rejected');
		expect(motion({ majority: 'two_thirds', base: 'cast' }, 67, 33).decision).toBe('adopted');
		expect(motion({ majority: 'two_thirds', base: 'cast_abstain' }, 2, 0, 1).decision).toBe('adopted');
		expect(motion({ majority: 'two_thirds', base: 'cast_abstain' }, 2, 1, 1).decision).toBe('rejected');
	});

	it('three quarters: 3 of 4 is enough, 5 of 7 is not', () => {
		expect(motion({ majority: 'three_quarters', base: 'cast' }, 3, 1).decision).toBe('adopted');
		expect(motion({ majority: 'three_quarters', base: 'cast' }, 5, 2).decision).toBe('rejected');
		expect(motion({ majority: 'three_quarters', base: 'cast_abstain' }, 3, 0, 1).decision).toBe('adopted');
		expect(motion({ majority: 'three_quarters', base: 'cast_abstain' }, 74, 0, 26).decision).toBe('rejected');
		expect(motion({ majority: 'three_quarters', base: 'cast' }, 3, 1).threshold).toEqual({ rule: 'three_quarters', ratio: frac(3, 4), op: '>=', amount: frac(3, 1) });
	});

	it('entitled base: members who stay silent or away count against', () => {
		// 10 entitled: 6 yes is more than half, 5 is not
		expect(motion({ majority: 'absolute', base: 'entitled' }, 6, 0, 0, 2, 2).decision).toBe('adopted');
		const r = motion({ majority: 'absolute', base: 'entitled' }, 5, 0, 0, 3, 2);
		expect(r.decision).toBe('rejected');
		expect(r.base.unweighted).toBe(10);
		// 9 entitled, two thirds = 6
		expect(motion({ majority: 'two_thirds', base: 'entitled' }, 6, 1, 0, 0, 2).decision).toBe('adopted');
		expect(motion({ majority: 'two_thirds', base: 'entitled' }, 5, 1, 0, 1, 2).decision).toBe('rejected');
	});

	it('present base: entitled members present, represented or having voted; the absent do not count', () => {
		// 6 present (4 absent): 3 yes is exactly half of 6, not a majority; 4 is
		expect(motion({ majority: 'absolute', base: 'present' }, 3, 1, 0, 2, 4).decision).toBe('rejected');
		expect(motion({ majority: 'absolute', base: 'present' }, 4, 1, 0, 1, 4).decision).toBe('adopted');
		expect(motion({ majority: 'absolute', base: 'present' }, 3, 1, 0, 2, 4).base.unweighted).toBe(6);
		// a voter who never checked in is present by voting
		const voter = group(null, [['yes']], { present: false });
		const away = group(null, yna(0, 0, 0, 1), { present: false });
		const r = tally(input(rules({ majority: 'absolute', base: 'present' }), [voter, away]));
		expect(r.base.unweighted).toBe(1);
		expect(r.decision).toBe('adopted');
	});

	it('compares exactly, not in floating point (0.1 + 0.2 against 0.3 is a tie)', () => {
		const yes1 = group(null, [['yes']], { weight: 0.1 });
		const yes2 = group(null, [['yes']], { weight: 0.2 });
		const no = group(null, [['no']], { weight: 0.3 });
		expect(0.1 + 0.2 > 0.3).toBe(true); // what floating point would have said
		const r = tally(input(rules({ weighting: 'member' }), [yes1, yes2, no]));
		expect(r.decision).toBe('tie');
		expect(r.options[0].weighted).toEqual(frac(3, 10));
	});

	it('reaches two thirds exactly with college weights 50 / 25', () => {
		const r = tally(
			input(rules({ weighting: 'college', majority: 'two_thirds', base: 'cast' }), [group(1, yna(3, 0)), group(2, yna(0, 7))], {
				colleges: [
					{ id: 1, name: 'X', weight: 50 },
					{ id: 2, name: 'Y', weight: 25 }
				]
			})
		);
		expect(r.options[0].weightedShare).toEqual(frac(2, 3));
		expect(r.decision).toBe('adopted');
	});
});

describe('quorum', () => {
	it('count: below the minimum the vote is invalid, never adopted', () => {
		const below = motion({ quorumKind: 'count', quorumValue: 5 }, 4, 0);
		expect(below.decision).toBe('invalid_quorum');
		expect(below.quorum).toEqual({ kind: 'count', value: 5, entitled: 4, counted: 4, required: 5, reached: false });
		expect(below.figures[0]).toEqual({ kind: 'quorum', subject: 'participants', left: frac(4, 1), op: '>=', right: frac(5, 1), against: 'required', holds: false, weighted: false });
		expect(below.options[0].votes).toBe(4);
		expect(motion({ quorumKind: 'count', quorumValue: 5 }, 4, 0, 0, 1).decision).toBe('adopted');
	});

	it('share: a percentage of entitled members, rounded up to whole members', () => {
		// 25 % of 10 = 2.5 → 3 needed
		const below = motion({ quorumKind: 'share', quorumValue: 25 }, 2, 0, 0, 0, 8);
		expect(below.quorum).toMatchObject({ entitled: 10, counted: 2, required: 3, reached: false });
		expect(below.decision).toBe('invalid_quorum');
		expect(motion({ quorumKind: 'share', quorumValue: 25 }, 2, 0, 0, 1, 7).decision).toBe('adopted');
		// 30 % of 10 = 3 exactly
		expect(motion({ quorumKind: 'share', quorumValue: 30 }, 3, 0, 0, 0, 7).quorum).toMatchObject({ required: 3, reached: true });
	});

	it('counts present members, represented members and voters, once each, whatever their weight', () => {
		const present = group(null, yna(0, 0, 0, 2), { present: true, weight: 5 });
		const votedUnchecked = group(null, yna(1, 0), { present: false, weight: 5 });
		const away = group(null, yna(0, 0, 0, 3), { present: false });
		const r = tally(input(rules({ weighting: 'member', quorumKind: 'count', quorumValue: 3 }), [present, votedUnchecked, away]));
		expect(r.quorum).toMatchObject({ entitled: 6, counted: 3, reached: true });
	});

	it('makes a choice vote below quorum elect nobody', () => {
		const r = tally(input(rules({ method: 'single', options: opts('a', 'b'), quorumKind: 'count', quorumValue: 10 }), [group(null, [['a'], ['a'], ['b']])]));
		expect(r.decision).toBe('invalid_quorum');
		expect(r.winners).toEqual([]);
		expect(r.options.map((o) => o.votes)).toEqual([2, 1]);
	});
});

function opts(...ids: string[]) {
	return ids.map((id) => ({ id, label: id.toUpperCase() }));
}

describe('ranked choice (Borda)', () => {
	const ranked = (over: Partial<TallyRules> = {}) => rules({ method: 'ranked', options: opts('a', 'b', 'c', 'd'), minChoices: 1, maxChoices: 4, winners: 2, ...over });

	it('gives k-1 points to the first of k options, k-2 to the second…, 0 to unranked ones', () => {
		const r = tally(input(ranked({ winners: 1 }), [group(null, [['a', 'b', 'c', 'd'], ['b', 'a'], ['c']])]));
		// a: 3 + 2 = 5; b: 2 + 3 = 5; c: 1 + 3 = 4; d: 0
		expect(r.options.map((o) => [o.id, o.votes, o.firsts!.votes])).toEqual([
			['a', 5, 1],
			['b', 5, 1],
			['c', 4, 1],
			['d', 0, 0]
		]);
	});

	it('breaks a tie at the last winning place by first preferences', () => {
		const r = tally(input(rules({ method: 'ranked', options: opts('a', 'b', 'c'), minChoices: 1, maxChoices: 3, winners: 2 }), [group(null, [['a', 'c'], ['a', 'c'], ['c', 'b'], ['c', 'b'], ['b']])]));
		// a 4 (2 firsts), b 4 (1 first), c 6
		expect(r.options.map((o) => o.votes)).toEqual([4, 4, 6]);
		expect(r.winners).toEqual(['c', 'a']);
		expect(r.decision).toBe('elected');
		expect(r.draws).toEqual([]);
		expect(r.options.map((o) => o.rank)).toEqual([2, 3, 1]);
		expect(r.figures).toEqual([
			{ kind: 'points', subject: 'a', left: frac(4, 1), op: '>', right: frac(4, 1), against: 'b', holds: false, weighted: false },
			{ kind: 'firsts', subject: 'a', left: frac(2, 1), op: '>', right: frac(1, 1), against: 'b', holds: true, weighted: false }
		]);
	});

	it('then by lot, from the injected random source, and records the draw', () => {
		const ballots = () => [group(null, [['a', 'b'], ['b', 'a'], ['c']])];
		const r3 = rules({ method: 'ranked', options: opts('a', 'b', 'c'), minChoices: 1, maxChoices: 3, winners: 1 });
		// a 2+1 = 3, b 1+2 = 3, c 2; one first each for a and b
		const low = tally(input(r3, ballots()), () => 0);
		expect(low.draws).toEqual([{ tied: ['a', 'b'], order: ['b', 'a'] }]);
		expect(low.winners).toEqual(['b']);
		expect(low.options.map((o) => o.rank)).toEqual([2, 1, 3]);
		expect(low.figures.map((f) => f.kind)).toEqual(['points', 'firsts', 'lot']);
		const high = tally(input(r3, ballots()), () => 0.99);
		expect(high.draws).toEqual([{ tied: ['a', 'b'], order: ['a', 'b'] }]);
		expect(high.winners).toEqual(['a']);
	});

	it('draws no lot when the tie does not decide who wins', () => {
		const r = tally(input(ranked({ winners: 1 }), [group(null, [['a'], ['a'], ['b', 'c'], ['c', 'b']])]), () => {
			throw new Error('no lot expected');
		});
		// a 6, b 3+2 = 5, c 2+3 = 5: b and c tie for second, a wins alone
		expect(r.winners).toEqual(['a']);
		expect(r.draws).toEqual([]);
		expect(r.options.map((o) => o.rank)).toEqual([1, 2, 2, 4]);
	});

	it('elects no option without points, and nobody when every ballot is blank', () => {
		expect(tally(input(ranked({ winners: 3 }), [group(null, [['a'], ['b']])]), () => 0).winners).toEqual(['a', 'b']);
		const blank = tally(input(ranked(), [group(null, [[], []])]));
		expect(blank.decision).toBe('no_winner');
		expect(blank.abstain.votes).toBe(2);
	});

	it('weights by college with each college’s average points', () => {
		const r = tally(
			input(ranked({ weighting: 'college', winners: 1, base: 'cast' }), [group(1, [['a'], ['a'], ['a']]), group(2, [['b']])], {
				colleges: [
					{ id: 1, name: 'X', weight: 25 },
					{ id: 2, name: 'Y', weight: 75 }
				]
			})
		);
		// X: a averages 3 points; Y: b averages 3 points; weighted a = 25·3 = 75, b = 75·3 = 225
		expect(r.options[0].weighted).toEqual(frac(75, 1));
		expect(r.options[1].weighted).toEqual(frac(225, 1));
		expect(r.winners).toEqual(['b']);
	});
});

describe('single and multiple choice', () => {
	it('validates multiple-choice ballots against min and max', () => {
		const r = rules({ method: 'multiple', options: opts('a', 'b', 'c', 'd'), minChoices: 2, maxChoices: 3, winners: 2 });
		const code = (choice: unknown) => {
			try {
				checkChoice(r, choice);
				return 'ok';
			} catch (e) {
				return (e as DomainError).code;
			}
		};
		expect(code(['a', 'b'])).toBe('ok');
		expect(code(['a', 'b', 'c'])).toBe('ok');
		expect(code([])).toBe('ok'); // blank ballot
		expect(code(['a'])).toBe('plenaries_error_choice_count');
		expect(code(['a', 'b', 'c', 'd'])).toBe('plenaries_error_choice_count');
		expect(code(['a', 'a'])).toBe('plenaries_error_choice_duplicate');
		expect(code(['a', 'z'])).toBe('plenaries_error_choice_unknown_option');
		expect(code('a')).toBe('plenaries_error_choice_invalid');
		expect(code([1, 2])).toBe('plenaries_error_choice_invalid');
		expect(() => tally(input(r, [group(null, [['a']])]))).toThrow(DomainError);
		const yn = rules();
		expect(() => checkChoice(yn, [])).toThrow(DomainError);
		expect(() => checkChoice(yn, ['yes', 'no'])).toThrow(DomainError);
		expect(() => checkChoice(yn, ['maybe'])).toThrow(DomainError);
	});

	it('elects the options with the most approvals, and reports a tie at the last place', () => {
		const r = rules({ method: 'multiple', options: opts('a', 'b', 'c', 'd'), minChoices: 1, maxChoices: 2, winners: 2 });
		const clear = tally(input(r, [group(null, [['a', 'b'], ['a', 'c'], ['a', 'b'], []])]));
		expect(clear.winners).toEqual(['a', 'b']);
		expect(clear.decision).toBe('elected');
		expect(clear.options.map((o) => o.votes)).toEqual([3, 2, 1, 0]);
		expect(clear.base.unweighted).toBe(3); // the blank ballot is outside the yes+no-like base
		expect(clear.options[0].share).toEqual(frac(1, 1));
		const tied = tally(
			input(r, [
				group(null, [
					['a', 'b'],
					['a', 'c']
				])
			])
		);
		expect(tied.decision).toBe('tie');
		expect(tied.winners).toEqual(['a']);
		expect(tied.tied).toEqual(['b', 'c']);
	});

	it('requires the threshold under absolute majority: no winner when nobody has more than half', () => {
		const r = rules({ method: 'single', options: opts('a', 'b', 'c'), majority: 'absolute' });
		const split = tally(input(r, [group(null, [['a'], ['a'], ['b'], ['b'], ['c']])]));
		expect(split.decision).toBe('no_winner');
		expect(split.options.map((o) => o.reachesThreshold)).toEqual([false, false, false]);
		const clear = tally(input(r, [group(null, [['a'], ['a'], ['a'], ['b'], ['c']])]));
		expect(clear.winners).toEqual(['a']);
		expect(clear.figures.find((f) => f.subject === 'a')).toMatchObject({ kind: 'threshold', left: frac(3, 5), op: '>', right: frac(1, 2), holds: true });
	});

	it('elects by plurality under simple majority and explains it against the runner-up', () => {
		const r = tally(input(rules({ method: 'single', options: opts('a', 'b', 'c') }), [group(null, [['a'], ['a'], ['b'], ['c'], []])]));
		expect(r.winners).toEqual(['a']);
		expect(r.figures).toEqual([{ kind: 'votes', subject: 'a', left: frac(2, 1), op: '>', right: frac(1, 1), against: 'b', holds: true, weighted: false }]);
		expect(r.abstain.votes).toBe(1);
	});
});

describe('paper and online ballots together', () => {
	it('adds paper counts to online ballots, option by option', () => {
		const online = group(null, yna(3, 1));
		const paper = group(null, yna(0, 0, 0, 3), { present: true });
		const r = tally(
			input(rules({ base: 'cast_abstain', majority: 'absolute' }), [online, paper], {
				paper: { voters: paper.members.map((m) => m.id), groups: [{ collegeId: null, counts: { yes: 1, no: 1, abstain: 1 } }] }
			})
		);
		expect(r.options.map((o) => [o.id, o.votes, o.online, o.paper])).toEqual([
			['yes', 4, 3, 1],
			['no', 2, 1, 1]
		]);
		expect(r.ballots).toEqual({ online: 4, paper: 3, valid: 7, abstain: 1, invalid: 0, total: 7 });
		expect(r.base.unweighted).toBe(7);
		expect(r.decision).toBe('adopted'); // 4 > 7/2
	});

	it('counts paper per college when weighting by college, spoiled ballots in no base', () => {
		const a = group(1, yna(1, 0));
		const aPaper = group(1, yna(0, 0, 0, 2), { present: true });
		const b = group(2, yna(0, 0));
		const bPaper = group(2, yna(0, 0, 0, 2), { present: true });
		const r = tally(
			input(rules({ weighting: 'college', base: 'cast' }), [a, aPaper, b, bPaper], {
				colleges: [
					{ id: 1, name: 'A', weight: 60 },
					{ id: 2, name: 'B', weight: 40 }
				],
				paper: {
					voters: [...aPaper.members, ...bPaper.members].map((m) => m.id),
					groups: [
						{ collegeId: 1, counts: { no: 1 }, invalid: 1 },
						{ collegeId: 2, counts: { no: 2 } }
					]
				}
			})
		);
		expect(r.colleges[0]).toMatchObject({ voted: 3, counted: 2, invalid: 1 });
		// yes: 60 · 1/2 = 30; no: 60 · 1/2 + 40 · 2/2 = 70
		expect(r.options[0].weighted).toEqual(frac(30, 1));
		expect(r.options[1].weighted).toEqual(frac(70, 1));
		expect(r.decision).toBe('rejected');
		expect(r.ballots).toEqual({ online: 1, paper: 4, valid: 4, abstain: 0, invalid: 1, total: 5 });
	});

	it('refuses paper counts that do not match the paper voters, and paper voters who voted online', () => {
		const online = group(1, yna(1, 0));
		const paper = group(1, yna(0, 0, 0, 2), { present: true });
		const base = { colleges: [{ id: 1, name: 'A', weight: 100 }] };
		const r = rules({ weighting: 'college' });
		const code = (p: TallyInput['paper']) => {
			try {
				tally(input(r, [online, paper], { ...base, paper: p }));
				return 'ok';
			} catch (e) {
				return (e as DomainError).code;
			}
		};
		const voters = paper.members.map((m) => m.id);
		expect(code({ voters, groups: [{ collegeId: 1, counts: { yes: 2 } }] })).toBe('ok');
		expect(code({ voters, groups: [{ collegeId: 1, counts: { yes: 3 } }] })).toBe('plenaries_error_paper_mismatch');
		expect(code({ voters, groups: [{ collegeId: null, counts: { yes: 2 } }] })).toBe('plenaries_error_paper_college_required');
		expect(code({ voters: [...voters, online.members[0].id], groups: [{ collegeId: 1, counts: { yes: 3 } }] })).toBe('plenaries_error_paper_voter_voted_online');
		expect(code({ voters, groups: [{ collegeId: 1, counts: { yes: -1, no: 3 } }] })).toBe('plenaries_error_paper_invalid');
		expect(code({ voters, groups: [{ collegeId: 1, counts: { maybe: 2 } }] })).toBe('plenaries_error_paper_invalid');
	});

	it('checks each college’s paper count on entry, but only the total at close (members may change college meanwhile)', () => {
		const a = group(1, yna(0, 0, 0, 1), { present: true });
		const b = group(2, yna(0, 0, 0, 1), { present: true });
		const r = rules({ weighting: 'college' });
		const paper = { voters: [a.members[0].id, b.members[0].id], groups: [{ collegeId: 1, counts: { yes: 2 } }] };
		const members = new Map([...a.members, ...b.members].map((m) => [m.id, m]));
		expect(() => checkPaper(r, paper, members)).toThrow(DomainError);
		expect(() => checkPaperShape(r, paper, members)).not.toThrow();
		const result = tally(input(r, [a, b], { colleges: COLLEGES, paper }));
		expect(result.colleges[0].options[0].votes).toBe(2);
	});

	it('takes ranked paper ballots as rankings, and multiple-choice paper as approvals per option', () => {
		const online = group(null, [['a', 'b']]);
		const paper = group(null, yna(0, 0, 0, 2), { present: true });
		const ranked = tally(
			input(rules({ method: 'ranked', options: opts('a', 'b', 'c'), maxChoices: 3 }), [online, paper], {
				paper: { voters: paper.members.map((m) => m.id), groups: [{ collegeId: null, rankings: [['c', 'b']], abstain: 1 }] }
			})
		);
		expect(ranked.options.map((o) => [o.votes, o.paper])).toEqual([
			[2, 0],
			[2, 1],
			[2, 2]
		]);
		const multi = rules({ method: 'multiple', options: opts('a', 'b', 'c'), minChoices: 1, maxChoices: 2, winners: 1 });
		const ok = tally(input(multi, [online, paper], { paper: { voters: paper.members.map((m) => m.id), groups: [{ collegeId: null, counts: { a: 2, c: 1 }, ballots: 2 }] } }));
		expect(ok.options.map((o) => o.votes)).toEqual([3, 1, 1]);
		expect(() => tally(input(multi, [online, paper], { paper: { voters: paper.members.map((m) => m.id), groups: [{ collegeId: null, counts: { a: 2, b: 2, c: 1 }, ballots: 2 }] } }))).toThrow(
			DomainError
		); // 5 approvals on 2 ballots of at most 2
	});
});

describe('proxies, member weights, secret ballots', () => {
	it('counts a represented member’s ballot in that member’s college, even though they are away', () => {
		const holder = group(1, yna(1, 0));
		const giver = group(2, yna(0, 1), { present: false });
		const r = tally(
			input(rules({ weighting: 'college', base: 'cast', quorumKind: 'count', quorumValue: 2 }), [holder, giver], {
				colleges: [
					{ id: 1, name: 'A', weight: 70 },
					{ id: 2, name: 'B', weight: 30 }
				]
			})
		);
		expect(r.colleges.map((c) => [c.name, c.voted, c.options[1].votes])).toEqual([
			['A', 1, 0],
			['B', 1, 1]
		]);
		expect(r.quorum.counted).toBe(2);
		expect(r.decision).toBe('adopted'); // 70 > 30
	});

	it('weights by member: each ballot carries its member’s weight', () => {
		const heavy = group(null, yna(1, 0), { weight: 3 });
		const light = group(null, yna(0, 3), { weight: 1 });
		const r = tally(input(rules({ weighting: 'member', majority: 'absolute', base: 'cast' }), [heavy, light]));
		expect(r.options[0]).toMatchObject({ votes: 1, weighted: frac(3, 1), share: frac(1, 4), weightedShare: frac(1, 2) });
		expect(r.base).toEqual({ kind: 'cast', unweighted: 4, weighted: frac(6, 1) });
		expect(r.decision).toBe('rejected'); // 3 is not more than half of 6
		expect(tally(input(rules({ weighting: 'member' }), [heavy, light])).decision).toBe('tie');
	});

	it('tallies secret ballots (no member) against the list of who voted', () => {
		const voters = group(null, yna(0, 0, 0, 3), { present: true });
		const ballots: TallyBallot[] = [
			{ memberId: null, collegeId: null, weight: 1, choice: ['yes'] },
			{ memberId: null, collegeId: null, weight: 1, choice: ['no'] },
			{ memberId: null, collegeId: null, weight: 1, choice: ['yes'] }
		];
		const ids = voters.members.map((m) => m.id);
		const r = tally({ ...input(rules(), [voters]), ballots, onlineVoters: ids });
		expect(r.decision).toBe('adopted');
		expect(r.ballots.online).toBe(3);
		expect(() => tally({ ...input(rules(), [voters]), ballots, onlineVoters: ids.slice(1) })).toThrow(DomainError);
	});

	it('keeps a ballot whose college is unknown (none, or deleted since) in a “no college” row, out of the weighted total', () => {
		const a = group(1, yna(1, 0));
		const stray = group(null, yna(0, 1));
		const gone = group(99, yna(0, 1));
		const r = tally(input(rules({ weighting: 'college', base: 'cast' }), [a, stray, gone], { colleges: [{ id: 1, name: 'A', weight: 100 }] }));
		expect(r.colleges.map((c) => [c.collegeId, c.voted, c.included])).toEqual([
			[1, 1, true],
			[null, 2, false]
		]);
		expect(r.options.map((o) => [o.votes, o.weighted])).toEqual([
			[1, frac(100, 1)],
			[2, frac(0, 1)]
		]);
		expect(r.base).toEqual({ kind: 'cast', unweighted: 3, weighted: frac(100, 1) });
		expect(r.decision).toBe('adopted');
	});

	it('shows a college without voters and without members as left out', () => {
		const r = tally(input(rules({ weighting: 'college' }), [group(1, yna(2, 1))], { colleges: COLLEGES }));
		expect(r.colleges.map((c) => [c.name, c.included, c.entitled])).toEqual([
			['A', true, 3],
			['B', false, 0],
			['C', false, 0],
			['D', false, 0]
		]);
		expect(r.base.weighted).toEqual(frac(40, 1));
		expect(r.options[0].weightedShare).toEqual(frac(2, 3));
	});
});
