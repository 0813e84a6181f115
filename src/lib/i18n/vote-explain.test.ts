// Property test: for random votes, every line that explains a result is true of the result's exact numbers, in
// French and in English: the figures (no false inequality), the per-college columns (shares add up to 100 %), the
// zero-weight note, the roll call's separators.
import { afterAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { tally } from '$lib/tally/tally';
import { BASES, MAJORITIES, METHODS, WEIGHTINGS, YES_NO_ABSTAIN, type Choice, type Fraction, type TallyInput, type TallyResult } from '$lib/server/plenaries/tally-types';
import { choiceText, figureParts, figureText, parseShown } from './vote-labels';
import { extraColumns, ruleLines, zeroWeightNote } from './vote-explain';

/** A small deterministic generator (mulberry32), so that a failing case can be replayed from its seed. */
function rng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	return { next, int, pick };
}

const LABELS = ['Lieu un', 'Lieu deux', 'Lieu trois', 'Lieu quatre', 'Lieu cinq'];

function randomVote(seed: number): { input: TallyInput; result: TallyResult } {
	const r = rng(seed);
	const method = r.pick(METHODS);
	const k = method === 'yes_no_abstain' ? 3 : r.int(2, 5);
	const options = method === 'yes_no_abstain' ? YES_NO_ABSTAIN : LABELS.slice(0, k).map((label, i) => ({ id: `o${i + 1}`, label }));
	const maxChoices = method === 'multiple' || method === 'ranked' ? r.int(1, k) : 1;
	const rules = {
		method,
		options,
		minChoices: 1,
		maxChoices,
		winners: method === 'yes_no_abstain' ? 1 : r.int(1, Math.max(1, k - 1)),
		weighting: r.pick(WEIGHTINGS),
		majority: r.pick(MAJORITIES),
		base: r.pick(BASES),
		quorumKind: r.pick(['none', 'count', 'share'] as const),
		quorumValue: r.int(0, 30)
	};
	if (rules.quorumKind === 'share') rules.quorumValue = r.int(0, 100);
	// college weights, sometimes zero, so that the zero-weight note has cases
	const colleges = Array.from({ length: r.int(1, 4) }, (_, i) => ({ id: i + 1, name: `Collège ${'ABCD'[i]}`, weight: r.next() < 0.25 ? 0 : r.int(1, 50) }));
	const members = Array.from({ length: r.int(1, 30) }, (_, i) => ({ id: i + 1, collegeId: r.pick(colleges).id, weight: r.pick([1, 1, 2, 0.5, 3]), present: r.next() < 0.7 }));
	const choose = (): Choice => {
		if (method === 'yes_no_abstain') return [r.pick(['yes', 'no', 'no', 'yes', 'abstain'])];
		if (r.next() < 0.1) return [];
		const ids = options.map((o) => o.id).sort(() => r.next() - 0.5);
		return ids.slice(0, method === 'single' ? 1 : r.int(1, maxChoices));
	};
	const ballots = members.filter(() => r.next() < 0.6).map((m) => ({ memberId: m.id, collegeId: m.collegeId, weight: m.weight, choice: choose() }));
	const input: TallyInput = { rules, colleges, members, ballots, onlineVoters: [], paper: null };
	return { input, result: tally(input, () => r.next()) };
}

const exact = (f: Fraction) => f.num / f.den;

function checkFigures(result: TallyResult, input: TallyInput): void {
	for (const f of result.figures) {
		const line = figureText(f, input.rules.options);
		const { left, right, op } = figureParts(f);
		const ratio = f.against === 'base';
		const [l, rr] = [parseShown(left), parseShown(right)];
		// the written numbers are the true ones, rounded
		const tolerance = (x: string) => (/\//.test(x) ? 0 : ratio ? 0.0005 : 0.005);
		if (!/\//.test(left)) expect(Math.abs(l - exact(f.left)), `${line} (left)`).toBeLessThanOrEqual(tolerance(left) + 1e-9);
		if (!/\//.test(right)) expect(Math.abs(rr - exact(f.right)), `${line} (right)`).toBeLessThanOrEqual(tolerance(right) + 1e-9);
		if (op) {
			// a comparison written with its sign holds, of the exact numbers and of the written ones
			expect(f.holds).toBe(true);
			expect(line).toContain(`${left} ${op} ${right}`);
			if (!/\//.test(left)) expect(op === '>' ? l > rr : l >= rr, line).toBe(true);
			expect(op === '>' ? exact(f.left) > exact(f.right) : exact(f.left) >= exact(f.right), line).toBe(true);
		} else {
			expect(f.holds).toBe(false);
			expect(line).not.toMatch(/[>≥]/);
			expect(line).toContain(`${left}, ${right}`);
		}
	}
}

function checkColleges(result: TallyResult): void {
	const columns = extraColumns(result);
	if (result.method !== 'yes_no_abstain' && result.method !== 'single') return;
	for (const c of result.colleges) {
		if (c.counted === 0) continue;
		// every unit of the base is in exactly one column: options, abstentions (when in the base), no vote cast
		const shares = [...c.options.map((o) => o.share), ...columns.map((x) => x.cell(c).share)].filter((s): s is Fraction => s !== null);
		const units = [...c.options.map((o) => o.votes), ...columns.filter((x) => x.cell(c).share).map((x) => x.cell(c).count)].reduce((a, b) => a + b, 0);
		expect(units, JSON.stringify(c)).toBe(c.counted);
		expect(shares.reduce((s, x) => s + exact(x), 0)).toBeCloseTo(1, 9);
	}
}

function checkZeroWeight(result: TallyResult): void {
	const note = zeroWeightNote(result);
	const zero = result.weighting === 'college' && result.base.weighted.num === 0 && result.colleges.some((c) => c.included);
	expect(note !== null).toBe(zero);
	if (zero) {
		expect(result.colleges.filter((c) => c.included).every((c) => c.weight === 0)).toBe(true);
		expect(['adopted', 'elected']).not.toContain(result.decision);
	}
}

describe('result explanations are true for random votes', () => {
	const locale = getLocale();
	afterAll(() => overwriteGetLocale(() => locale));

	it.each(['fr', 'en'] as const)('in %s', (lang) => {
		overwriteGetLocale(() => lang);
		let figures = 0;
		let zero = 0;
		for (let seed = 1; seed <= 600; seed++) {
			const { input, result } = randomVote(seed * 7919 + (lang === 'en' ? 1 : 0));
			checkFigures(result, input);
			checkColleges(result);
			checkZeroWeight(result);
			figures += result.figures.length;
			if (zeroWeightNote(result)) zero++;
			const lines = ruleLines({ ...input.rules, optionCount: input.rules.options.length });
			expect(lines.length).toBe(input.rules.method === 'ranked' ? 4 : 5);
		}
		expect(figures).toBeGreaterThan(500);
		expect(zero).toBeGreaterThan(0);
	});

	it('writes "Participants : 12, 26 requis : non atteint", never "12 ≥ 26"', () => {
		overwriteGetLocale(() => 'fr');
		const f = {
			kind: 'quorum',
			subject: 'participants',
			left: { num: 12, den: 1, value: 12 },
			op: '>=',
			right: { num: 26, den: 1, value: 26 },
			against: 'required',
			holds: false,
			weighted: false
		} as const;
		expect(figureText(f, [])).toBe('Quorum — Participants : 12, 26 requis : non atteint');
		// a majority that holds by a hair gets the decimals that show it
		const hair = {
			kind: 'majority',
			subject: 'yes',
			left: { num: 5001, den: 10000, value: 0.5001 },
			op: '>',
			right: { num: 1, den: 2, value: 0.5 },
			against: 'base',
			holds: true,
			weighted: true
		} as const;
		expect(figureText(hair, [])).toMatch(/^Majorité — Pour : 50,01\s?% > 50\s?% de la base : atteint \(pondéré\)$/);
	});

	it('writes a roll call’s multiple choices as a list and a ranking with ">"', () => {
		overwriteGetLocale(() => 'fr');
		const options = [
			{ id: 'o1', label: 'Lieu 1' },
			{ id: 'o2', label: 'Lieu 2' }
		];
		expect(choiceText(options, 'multiple', ['o1', 'o2'])).toBe('Lieu 1, Lieu 2');
		expect(choiceText(options, 'ranked', ['o2', 'o1'])).toBe('Lieu 2 > Lieu 1');
	});
});
