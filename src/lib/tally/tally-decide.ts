// The decision half of the tally: majority rules, winners, tie breaks and the figures that decided them.
// Rules and their rationale are documented at the top of tally.ts.
import { Q } from './fraction';
import type { Decision, Figure, Majority, TallyResult, TallyRules } from '../server/plenaries/tally-types';

export type RandomSource = () => number;

type Threshold = { ratio: Q; op: '>' | '>=' };
const THRESHOLDS: Record<Exclude<Majority, 'simple'>, Threshold> = {
	absolute: { ratio: Q.of(1n, 2n), op: '>' },
	two_thirds: { ratio: Q.of(2n, 3n), op: '>=' },
	three_quarters: { ratio: Q.of(3n, 4n), op: '>=' }
};

export function thresholdOf(majority: Majority): Threshold | null {
	return majority === 'simple' ? null : THRESHOLDS[majority];
}

/** x reaches the threshold of `base` (exact comparison: x > r·base or x ≥ r·base). */
export function meets(x: Q, base: Q, t: Threshold): boolean {
	const need = t.ratio.mul(base);
	return t.op === '>' ? x.gt(need) : x.gte(need);
}

export type DecideInput = {
	rules: TallyRules;
	ids: string[];
	weighted: Map<string, Q>;
	firsts: Map<string, Q>;
	baseW: Q;
	quorum: TallyResult['quorum'];
	random: RandomSource;
};

export type Decided = {
	decision: Decision;
	winners: string[];
	tied: string[];
	draws: TallyResult['draws'];
	figures: Figure[];
	threshold: TallyResult['threshold'];
	ranks: Map<string, number>;
	reaches: Map<string, boolean>;
};

function figure(f: Omit<Figure, 'left' | 'right'> & { left: Q; right: Q }): Figure {
	return { ...f, left: f.left.toJSON(), right: f.right.toJSON() };
}

/** Fisher–Yates with the injected source; returns a new array. */
export function shuffle<T>(items: T[], random: RandomSource): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.min(i, Math.floor(random() * (i + 1)));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Competition ranks (1, 2, 2, 4) over an ordered list; `tiedWithPrevious(i)` says order[i] equals order[i-1]. */
function ranksOf(order: string[], tiedWithPrevious: (i: number) => boolean): Map<string, number> {
	const ranks = new Map<string, number>();
	order.forEach((id, i) => ranks.set(id, i > 0 && tiedWithPrevious(i) ? ranks.get(order[i - 1])! : i + 1));
	return ranks;
}

export function decide(input: DecideInput): Decided {
	const { rules, quorum, baseW } = input;
	const t = thresholdOf(rules.majority);
	const weightedFlag = rules.weighting !== 'none';
	const figures: Figure[] = [];
	if (quorum.kind !== 'none')
		figures.push(figure({ kind: 'quorum', subject: 'participants', left: Q.of(quorum.counted), op: '>=', right: Q.of(quorum.required), against: 'required', holds: quorum.reached, weighted: false }));
	const threshold: TallyResult['threshold'] = {
		rule: rules.majority,
		ratio: t ? t.ratio.toJSON() : null,
		op: t ? t.op : '>',
		amount: t ? t.ratio.mul(baseW).toJSON() : null
	};
	const base = { threshold, figures, ranks: new Map<string, number>(), reaches: new Map<string, boolean>(), draws: [] as Decided['draws'] };
	if (rules.method === 'yes_no_abstain') {
		const outcome = decideMotion(input, t, figures, weightedFlag);
		return { ...base, decision: quorum.reached ? outcome : 'invalid_quorum', winners: [], tied: [] };
	}
	const chosen = rules.method === 'ranked' ? decideRanked(input, figures, weightedFlag) : decideChoice(input, t, figures, weightedFlag);
	if (!quorum.reached) return { ...base, ...chosen, decision: 'invalid_quorum', winners: [], tied: [] };
	const decision: Decision = chosen.tied.length ? 'tie' : chosen.winners.length ? 'elected' : 'no_winner';
	return { ...base, ...chosen, decision };
}

function decideMotion(input: DecideInput, t: Threshold | null, figures: Figure[], weighted: boolean): Decision {
	const yes = input.weighted.get('yes')!;
	const no = input.weighted.get('no')!;
	if (!t) {
		figures.push(figure({ kind: 'majority', subject: 'yes', left: yes, op: '>', right: no, against: 'no', holds: yes.gt(no), weighted }));
		return yes.gt(no) ? 'adopted' : yes.eq(no) && !yes.isZero() ? 'tie' : 'rejected';
	}
	if (input.baseW.isZero()) return 'rejected';
	const holds = meets(yes, input.baseW, t);
	figures.push(figure({ kind: 'majority', subject: 'yes', left: yes.div(input.baseW), op: t.op, right: t.ratio, against: 'base', holds, weighted }));
	return holds ? 'adopted' : 'rejected';
}

type Chosen = Pick<Decided, 'winners' | 'tied' | 'ranks' | 'reaches' | 'draws'>;

function decideChoice(input: DecideInput, t: Threshold | null, figures: Figure[], weighted: boolean): Chosen {
	const { ids, baseW, rules } = input;
	const w = (id: string) => input.weighted.get(id)!;
	const order = [...ids].sort((a, b) => w(b).cmp(w(a)));
	const ranks = ranksOf(order, (i) => w(order[i]).eq(w(order[i - 1])));
	const reaches = new Map<string, boolean>();
	if (t)
		for (const id of ids) {
			const holds = !baseW.isZero() && meets(w(id), baseW, t);
			reaches.set(id, holds);
			if (!baseW.isZero()) figures.push(figure({ kind: 'threshold', subject: id, left: w(id).div(baseW), op: t.op, right: t.ratio, against: 'base', holds, weighted }));
		}
	const eligible = order.filter((id) => !w(id).isZero() && (!t || reaches.get(id)));
	const n = rules.winners;
	let winners = eligible.slice(0, n);
	let tied: string[] = [];
	if (eligible.length > n) {
		const last = w(eligible[n - 1]);
		const runnerUp = eligible[n];
		if (last.eq(w(runnerUp))) {
			winners = eligible.filter((id) => w(id).gt(last));
			tied = eligible.filter((id) => w(id).eq(last));
			figures.push(figure({ kind: 'votes', subject: tied[0], left: last, op: '>', right: last, against: tied[1], holds: false, weighted }));
		} else figures.push(figure({ kind: 'votes', subject: eligible[n - 1], left: last, op: '>', right: w(runnerUp), against: runnerUp, holds: true, weighted }));
	}
	return { winners, tied, ranks, reaches, draws: [] };
}

function decideRanked(input: DecideInput, figures: Figure[], weighted: boolean): Chosen {
	const { ids, rules } = input;
	const w = (id: string) => input.weighted.get(id)!;
	const f = (id: string) => input.firsts.get(id)!;
	const cmp = (a: string, b: string) => w(b).cmp(w(a)) || f(b).cmp(f(a));
	const order = [...ids].sort(cmp);
	const eligible = order.filter((id) => !w(id).isZero());
	const n = rules.winners;
	const draws: Decided['draws'] = [];
	const drawn = new Set<string>();
	if (eligible.length > n && cmp(eligible[n - 1], eligible[n]) === 0 && input.quorum.reached) {
		const tiedGroup = order.filter((id) => cmp(id, eligible[n - 1]) === 0);
		const start = order.indexOf(tiedGroup[0]);
		const drawnOrder = shuffle(tiedGroup, input.random);
		order.splice(start, tiedGroup.length, ...drawnOrder);
		draws.push({ tied: ids.filter((id) => tiedGroup.includes(id)), order: drawnOrder });
		tiedGroup.forEach((id) => drawn.add(id));
	}
	const ranks = ranksOf(order, (i) => cmp(order[i], order[i - 1]) === 0 && !drawn.has(order[i]));
	const finalEligible = order.filter((id) => !w(id).isZero());
	const winners = finalEligible.slice(0, n);
	if (finalEligible.length > n) {
		const [a, b] = [finalEligible[n - 1], finalEligible[n]];
		figures.push(figure({ kind: 'points', subject: a, left: w(a), op: '>', right: w(b), against: b, holds: w(a).gt(w(b)), weighted }));
		if (w(a).eq(w(b))) {
			figures.push(figure({ kind: 'firsts', subject: a, left: f(a), op: '>', right: f(b), against: b, holds: f(a).gt(f(b)), weighted }));
			if (f(a).eq(f(b))) figures.push(figure({ kind: 'lot', subject: a, left: w(a), op: '>=', right: w(b), against: b, holds: true, weighted }));
		}
	}
	return { winners, tied: [], ranks, reaches: new Map(), draws };
}
