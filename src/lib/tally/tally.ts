// The tally of a vote: a PURE function of the vote's rules, the entitled members, the online ballots and the
// paper entry (no database, no clock; randomness only through the injected source, for ranked-choice lots).
//
// Rules it implements (docs/domain.md, from 'Vote methods' to 'What a vote decides'; the choices marked [design] are ours):
// - Units: with weighting 'none' and 'college' a ballot is one unit; with 'member' it weighs the member's weight.
// - Base (the denominator of shares): cast = non-blank ballots (yes+no); cast_abstain = valid ballots (yes+no+
//   abstain / blank); entitled = entitled members; present = entitled members present, represented or having voted.
//   Spoiled paper ballots are in no base.
// - College weighting: base_c = the base's size within college c, share(o, c) = votes(o, c) / base_c, and the
//   weighted amount of o = Σ w_c · share(o, c) over "included" colleges, those with base_c > 0; the weighted base
//   is Σ w_c over the same colleges. With base cast / cast_abstain a college is included when it has at least one
//   counted vote (docs/domain.md, 'Which colleges count'); [design] with base entitled / present it is included when it has at least
//   one entitled (present) member, so its members' silence counts against, which is what those bases are for.
//   The worked example: (40·7/10 + 20·1/4 + 25·5/5) / (40 + 20 + 25) = 58/85. What has no known college (none, or
//   deleted while the vote ran) goes to a 'no college' row: shown, counted unweighted, never in the weighted total.
// - Majority, compared EXACTLY on rationals: simple = weighted yes > weighted no (the base only shapes the college
//   shares); absolute = yes > 1/2 of the weighted base (strictly: exactly half is not a majority); two thirds =
//   yes ≥ 2/3 of the base, three quarters = yes ≥ 3/4 (reaching the fraction exactly is enough: 2 of 3 is two
//   thirds). [design] Under simple majority yes = no > 0 is decision 'tie' (not adopted); an empty base (nobody
//   voted yes or no) is 'rejected'.
// - Single / multiple choice: the options with the most weighted votes win (`winners` of them); under absolute or
//   qualified majority an option must also reach the threshold of the base. [design] An unresolved equality at the
//   last winning place gives decision 'tie' (winners are those strictly above, `tied` the equal ones): the chair
//   calls a new round. Options without any vote never win.
// - Ranked choice (Borda): with k options in the vote, a ballot gives k-1 points to its first option, k-2 to the
//   second…, and 0 to unranked options (partial rankings allowed). College weighting uses each college's average
//   points per unit of its base. Ties at the last winning place are broken by first preferences (weighted likewise),
//   then by lot; every draw is recorded in the result. Majority rules do not apply to ranked choice.
// - Quorum: [design] counted = entitled members present (or represented) or having voted, online or on paper, one
//   per person whatever their weight; count → counted ≥ value; share → counted ≥ value % of entitled members.
//   Below quorum the decision is 'invalid_quorum' and nothing is adopted or elected; the counts are still given.
import { Q, sum } from './fraction';
import { checkChoice, checkPaperShape, checkRules } from './ballot-rules';
import { DomainError } from '../errors';
import { decide, type RandomSource } from './tally-decide';
import type { Choice, CollegeResult, OptionResult, PaperGroup, TallyInput, TallyResult, TallyRules } from '../server/plenaries/tally-types';

export type { RandomSource };
/** Uniform in [0, 1) from the operating system's CSPRNG. */
export const secureRandom: RandomSource = () => {
	// Web Crypto (Node and browsers alike): 15 + 32 random bits
	const [hi, lo] = globalThis.crypto.getRandomValues(new Uint32Array(2));
	return ((hi >>> 17) * 2 ** 32 + lo) / 2 ** 47;
};

type Cell = { raw: number; w: Q; online: number; paper: number };
type Channel = 'online' | 'paper';

class CollegeAcc {
	entitled = 0;
	entitledW = Q.ZERO;
	present = 0;
	presentW = Q.ZERO;
	voted = 0;
	nonBlank = 0;
	nonBlankW = Q.ZERO;
	abstain = 0;
	abstainW = Q.ZERO;
	invalid = 0;
	votes = new Map<string, Cell>();
	firsts = new Map<string, Cell>();
	constructor(
		readonly collegeId: number | null,
		readonly name: string,
		readonly weight: number,
		optionIds: string[]
	) {
		for (const id of optionIds) {
			this.votes.set(id, { raw: 0, w: Q.ZERO, online: 0, paper: 0 });
			this.firsts.set(id, { raw: 0, w: Q.ZERO, online: 0, paper: 0 });
		}
	}
	add(map: Map<string, Cell>, id: string, amount: number, unit: Q, channel: Channel): void {
		const cell = map.get(id)!;
		cell.raw += amount;
		cell.w = cell.w.add(unit.mul(Q.of(amount)));
		cell[channel] += amount;
	}
	base(rules: TallyRules): { raw: number; w: Q } {
		switch (rules.base) {
			case 'cast':
				return { raw: this.nonBlank, w: this.nonBlankW };
			case 'cast_abstain':
				return { raw: this.nonBlank + this.abstain, w: this.nonBlankW.add(this.abstainW) };
			case 'entitled':
				return { raw: this.entitled, w: this.entitledW };
			case 'present':
				return { raw: this.present, w: this.presentW };
		}
	}
}

/** The option ids a result lists: yes and no for yes_no_abstain (abstentions are reported apart). */
function resultOptionIds(rules: TallyRules): string[] {
	return rules.method === 'yes_no_abstain' ? ['yes', 'no'] : rules.options.map((o) => o.id);
}

function accumulate(input: TallyInput) {
	const { rules } = input;
	const ids = resultOptionIds(rules);
	const byCollege = new Map<number | null, CollegeAcc>();
	for (const c of input.colleges) byCollege.set(c.id, new CollegeAcc(c.id, c.name, c.weight, ids));
	// A ballot, paper group or member whose college is unknown (none, or deleted since) lands in the 'no college'
	// row: shown in the breakdown, counted unweighted, left out of a college-weighted total. Closing never fails on it.
	const acc = (collegeId: number | null): CollegeAcc => {
		const known = collegeId !== null && byCollege.has(collegeId) ? collegeId : null;
		let a = byCollege.get(known);
		if (!a) byCollege.set(null, (a = new CollegeAcc(null, '', 0, ids)));
		return a;
	};
	const unit = (weight: number) => (rules.weighting === 'member' ? Q.of(weight) : Q.ONE);

	const members = new Map(input.members.map((m) => [m.id, m]));
	if (members.size !== input.members.length) throw new DomainError('plenaries_error_member_twice', 'form');
	const named = input.ballots.filter((b) => b.memberId !== null).map((b) => b.memberId!);
	if (new Set(named).size !== named.length) throw new DomainError('plenaries_error_ballot_twice', 'form');
	const online = new Set([...named, ...input.onlineVoters]);
	if (input.ballots.length - named.length !== online.size - named.length) throw new DomainError('plenaries_error_ballot_count', 'form');
	const paperVoters = new Set(input.paper?.voters ?? []);
	for (const id of paperVoters) if (online.has(id)) throw new DomainError('plenaries_error_paper_voter_voted_online', 'voters');
	const voters = new Set([...online, ...paperVoters]);
	for (const id of voters) if (!members.has(id)) throw new DomainError('plenaries_error_not_entitled', 'form');

	let quorumCounted = 0;
	for (const m of input.members) {
		const a = acc(m.collegeId);
		const w = unit(m.weight);
		a.entitled += 1;
		a.entitledW = a.entitledW.add(w);
		if (m.present || voters.has(m.id)) {
			quorumCounted += 1;
			a.present += 1;
			a.presentW = a.presentW.add(w);
		}
	}

	const k = rules.options.length;
	const addBallot = (a: CollegeAcc, choice: Choice, u: Q, channel: Channel, count = 1) => {
		a.voted += count;
		const blank = rules.method === 'yes_no_abstain' ? choice[0] === 'abstain' : choice.length === 0;
		if (blank) {
			a.abstain += count;
			a.abstainW = a.abstainW.add(u.mul(Q.of(count)));
			return;
		}
		a.nonBlank += count;
		a.nonBlankW = a.nonBlankW.add(u.mul(Q.of(count)));
		if (rules.method === 'ranked') {
			choice.forEach((id, i) => a.add(a.votes, id, (k - 1 - i) * count, u, channel));
			a.add(a.firsts, choice[0], count, u, channel);
		} else for (const id of choice) a.add(a.votes, id, count, u, channel);
	};

	for (const b of input.ballots) {
		checkChoice(rules, b.choice);
		addBallot(acc(b.collegeId), b.choice, unit(b.weight), 'online');
	}
	if (input.paper) {
		checkPaperShape(rules, input.paper, members);
		for (const g of input.paper.groups) addPaperGroup(rules, acc(g.collegeId), g, unit(g.weight ?? 1), addBallot);
	}
	const colleges = [...byCollege.values()].filter((a) => a.collegeId !== null || a.entitled > 0 || a.voted > 0);
	return { colleges, quorumCounted, online: input.ballots.length, paper: sumPaper(rules, input.paper?.groups ?? []) };
}

function sumPaper(rules: TallyRules, groups: PaperGroup[]): number {
	let n = 0;
	for (const g of groups) {
		const counts = Object.values(g.counts ?? {}).reduce((a, b) => a + b, 0);
		if (rules.method === 'yes_no_abstain') n += counts;
		else if (rules.method === 'single') n += counts + (g.abstain ?? 0);
		else if (rules.method === 'multiple') n += (g.ballots ?? 0) + (g.abstain ?? 0);
		else n += (g.rankings ?? []).length + (g.abstain ?? 0);
		n += g.invalid ?? 0;
	}
	return n;
}

function addPaperGroup(rules: TallyRules, a: CollegeAcc, g: PaperGroup, u: Q, addBallot: (a: CollegeAcc, choice: Choice, u: Q, channel: Channel, count?: number) => void): void {
	const counts = g.counts ?? {};
	const blank = g.abstain ?? 0;
	if (rules.method === 'ranked') {
		for (const ranking of g.rankings ?? []) addBallot(a, ranking, u, 'paper');
		if (blank) addBallot(a, [], u, 'paper', blank);
	} else if (rules.method === 'multiple') {
		const ballots = g.ballots ?? 0;
		a.voted += ballots;
		a.nonBlank += ballots;
		a.nonBlankW = a.nonBlankW.add(u.mul(Q.of(ballots)));
		for (const [id, n] of Object.entries(counts)) if (n) a.add(a.votes, id, n, u, 'paper');
		if (blank) addBallot(a, [], u, 'paper', blank);
	} else {
		for (const [id, n] of Object.entries(counts)) if (n) addBallot(a, [id], u, 'paper', n);
		if (blank) addBallot(a, [], u, 'paper', blank);
	}
	a.voted += g.invalid ?? 0;
	a.invalid += g.invalid ?? 0;
}

/** Tallies a vote. Throws a DomainError when the input is inconsistent (which the services never let happen). */
export function tally(input: TallyInput, random: RandomSource = secureRandom): TallyResult {
	const { rules } = input;
	checkRules(rules);
	const { colleges, quorumCounted, online, paper } = accumulate(input);
	const ids = resultOptionIds(rules);
	const college = rules.weighting === 'college';

	const bases = colleges.map((a) => a.base(rules));
	const included = colleges.map((a, i) => (college ? a.collegeId !== null && bases[i].raw > 0 : bases[i].raw > 0));
	const baseRaw = bases.reduce((s, b) => s + b.raw, 0);
	const baseW = college ? sum(colleges.map((a, i) => (included[i] ? Q.of(a.weight) : Q.ZERO))) : sum(bases.map((b) => b.w));

	/** A college's weighted contribution of a raw amount (cell or abstentions). */
	const contribution = (i: number, raw: number, w: Q): Q => {
		if (!college) return w;
		return included[i] ? Q.of(colleges[i].weight).mul(Q.of(raw, bases[i].raw)) : Q.ZERO;
	};
	const share = (x: Q, base: Q) => (base.isZero() ? null : x.div(base).toJSON());
	const weightedOf = (map: 'votes' | 'firsts', id: string) => sum(colleges.map((a, i) => contribution(i, a[map].get(id)!.raw, a[map].get(id)!.w)));

	const weighted = new Map(ids.map((id) => [id, weightedOf('votes', id)]));
	const firstsW = new Map(ids.map((id) => [id, weightedOf('firsts', id)]));
	// Under college weighting abstentions outside the base (base 'cast') have no weighted value.
	const abstainW = college && rules.base === 'cast' ? null : sum(colleges.map((a, i) => contribution(i, a.abstain, a.abstainW)));

	const quorum = quorumOf(rules, input.members.length, quorumCounted);
	const decision = decide({ rules, ids, weighted, firsts: firstsW, baseW, quorum, random });

	const options: OptionResult[] = ids.map((id) => {
		const cells = colleges.map((a) => a.votes.get(id)!);
		const votes = cells.reduce((s, c) => s + c.raw, 0);
		const firsts = colleges.reduce((s, a) => s + a.firsts.get(id)!.raw, 0);
		return {
			id,
			label: rules.options.find((o) => o.id === id)?.label ?? '',
			votes,
			online: cells.reduce((s, c) => s + c.online, 0),
			paper: cells.reduce((s, c) => s + c.paper, 0),
			weighted: weighted.get(id)!.toJSON(),
			share: share(Q.of(votes), Q.of(baseRaw)),
			weightedShare: share(weighted.get(id)!, baseW),
			firsts: rules.method === 'ranked' ? { votes: firsts, weighted: firstsW.get(id)!.toJSON() } : null,
			rank: decision.ranks.get(id) ?? null,
			reachesThreshold: decision.reaches.get(id) ?? null
		};
	});
	const collegeResults: CollegeResult[] = colleges.map((a, i) => ({
		collegeId: a.collegeId,
		name: a.name,
		weight: a.weight,
		entitled: a.entitled,
		present: a.present,
		voted: a.voted,
		counted: bases[i].raw,
		abstain: a.abstain,
		invalid: a.invalid,
		options: ids.map((id) => {
			const cell = a.votes.get(id)!;
			return { id, votes: cell.raw, share: share(Q.of(cell.raw), Q.of(bases[i].raw)), weighted: contribution(i, cell.raw, cell.w).toJSON() };
		}),
		included: included[i]
	}));
	const abstain = colleges.reduce((s, a) => s + a.abstain, 0);
	const invalid = colleges.reduce((s, a) => s + a.invalid, 0);
	return {
		version: 1,
		method: rules.method,
		weighting: rules.weighting,
		majority: rules.majority,
		ballots: { online, paper, valid: online + paper - invalid, abstain, invalid, total: online + paper },
		options,
		abstain: { votes: abstain, weighted: abstainW?.toJSON() ?? null },
		colleges: collegeResults,
		base: { kind: rules.base, unweighted: baseRaw, weighted: baseW.toJSON() },
		threshold: decision.threshold,
		quorum,
		decision: decision.decision,
		winners: decision.winners,
		tied: decision.tied,
		draws: decision.draws,
		figures: decision.figures
	};
}

export function quorumOf(rules: Pick<TallyRules, 'quorumKind' | 'quorumValue'>, entitled: number, counted: number): TallyResult['quorum'] {
	const value = rules.quorumValue;
	let needed = Q.ZERO;
	if (rules.quorumKind === 'count') needed = Q.of(value);
	else if (rules.quorumKind === 'share') needed = Q.of(value).mul(Q.of(entitled)).div(Q.of(100));
	const required = rules.quorumKind === 'none' ? 0 : Number(needed.ceil());
	return { kind: rules.quorumKind, value, entitled, counted, required, reached: Q.of(counted).gte(needed) };
}
