// Names of the codes of votes (methods, rules, states, decisions) and of a result's figures, for every vote screen.
import { m } from '$lib/paraglide/messages';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Figure, Fraction, VoteOption } from '$lib/server/plenaries/tally-types';
import { choiceSeparator } from '$lib/vote-choice';

const pick = (table: Record<string, () => string>, code: string) => (table[code] ?? (() => code))();

export const methodName = (code: string) =>
	pick({ yes_no_abstain: m.votes_method_yes_no_abstain, single: m.votes_method_single, multiple: m.votes_method_multiple, ranked: m.votes_method_ranked }, code);
export const weightingName = (code: string) => pick({ none: m.votes_weighting_none, member: m.votes_weighting_member, college: m.votes_weighting_college }, code);
export const secrecyName = (code: string) => pick({ named: m.votes_secrecy_named, secret: m.votes_secrecy_secret }, code);
export const majorityName = (code: string) =>
	pick({ simple: m.votes_majority_simple, absolute: m.votes_majority_absolute, two_thirds: m.votes_majority_two_thirds, three_quarters: m.votes_majority_three_quarters }, code);
export const baseName = (code: string) => pick({ cast: m.votes_base_cast, cast_abstain: m.votes_base_cast_abstain, entitled: m.votes_base_entitled, present: m.votes_base_present }, code);
export const quorumKindName = (code: string) => pick({ none: m.votes_quorum_none, count: m.votes_quorum_count, share: m.votes_quorum_share }, code);
export const voteStateName = (code: string) => pick({ draft: m.votes_state_draft, open: m.votes_state_open, closed: m.votes_state_closed, published: m.votes_state_published }, code);
export const decisionName = (code: string) =>
	pick(
		{
			adopted: m.votes_decision_adopted,
			rejected: m.votes_decision_rejected,
			tie: m.votes_decision_tie,
			elected: m.votes_decision_elected,
			no_winner: m.votes_decision_no_winner,
			invalid_quorum: m.votes_decision_invalid_quorum
		},
		code
	);

/** The label of an option: yes / no / abstain are named by the interface, other options carry their own label. */
export function optionName(options: VoteOption[], id: string): string {
	if (id === 'yes') return m.votes_option_yes();
	if (id === 'no') return m.votes_option_no();
	if (id === 'abstain') return m.votes_option_abstain();
	return options.find((o) => o.id === id)?.label || id;
}

/** A roll call's ballot in words: "Lieu 1, Lieu 2" (multiple), "A > B > C" (ranked), or blank. */
export function choiceText(options: VoteOption[], method: string, choice: string[]): string {
	return choice.length ? choice.map((id) => optionName(options, id)).join(choiceSeparator(method)) : m.votes_result_blank();
}

export const amount = (f: Fraction) => (f.den === 1 ? formatNumber(f.num) : formatNumber(f.value, 2));
export const percent = (f: Fraction | null) => (f ? formatPercent(f.value) : '—');

/** A number as the reader sees it, parsed back (the locale's decimal mark, group spaces, a percent sign). */
export function parseShown(shown: string): number {
	const decimal = formatNumber(1.5, 1).replace(/\d/g, '');
	const plain = shown.replace(/[\s\u00a0\u202f%]/g, '');
	const normal = decimal === ',' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
	const percentSign = /%/.test(shown);
	return Number(normal) / (percentSign ? 100 : 1);
}

/**
 * The two sides of a comparison that holds, written with just enough decimals for the written numbers to satisfy it
 * too ("50,01 % > 50 %", never "50,0 % > 50,0 %"); exact fractions when six decimals are not enough.
 */
function sidesThatHold(left: Fraction, right: Fraction, op: '>' | '>=', ratio: boolean): [string, string] {
	const write = (x: Fraction, digits: number) => (ratio ? formatPercent(x.value, digits) : x.den === 1 ? formatNumber(x.num) : formatNumber(x.value, digits));
	for (let digits = ratio ? 1 : 2; digits <= 6; digits++) {
		const [l, r] = [write(left, digits), write(right, digits)];
		const [a, b] = [parseShown(l), parseShown(r)];
		if (op === '>' ? a > b : a >= b) return [l, r];
	}
	return [`${left.num}/${left.den}`, `${right.num}/${right.den}`];
}

/**
 * The numbers of a figure as written: both sides, and the comparison sign only when the comparison holds (a
 * comparison that does not hold is written without its sign, since "12 ≥ 26" would be false).
 */
export function figureParts(f: Figure): { left: string; right: string; op: '>' | '≥' | null } {
	const ratio = f.against === 'base';
	if (!f.holds) {
		const show = (x: Fraction) => (ratio ? percent(x) : amount(x));
		return { left: show(f.left), right: show(f.right), op: null };
	}
	const [left, right] = sidesThatHold(f.left, f.right, f.op, ratio);
	return { left, right, op: f.op === '>' ? '>' : '≥' };
}

/**
 * One figure that decided a result, as a sentence that is true as written: "Majorité — Oui : 68,2 % > 50 % de la
 * base : atteint", or "Quorum — Participants : 12, 26 requis : non atteint".
 */
export function figureText(f: Figure, options: VoteOption[]): string {
	const subject = f.subject === 'participants' ? m.votes_figure_participants() : optionName(options, f.subject);
	const against = f.against === 'required' ? m.votes_figure_required() : f.against === 'base' ? m.votes_figure_of_base() : optionName(options, f.against);
	const kind = pick(
		{
			quorum: m.votes_figure_quorum,
			majority: m.votes_figure_majority,
			threshold: m.votes_figure_threshold,
			points: m.votes_figure_points,
			firsts: m.votes_figure_firsts,
			votes: m.votes_figure_votes,
			lot: m.votes_figure_lot
		},
		f.kind
	);
	const weighted = f.weighted ? m.votes_figure_weighted() : '';
	const { left, right, op } = figureParts(f);
	if (!op) return m.votes_figure_sentence_fails({ kind, subject, left, right, against, verdict: m.votes_figure_fails(), weighted });
	return m.votes_figure_sentence({ kind, subject, left, op, right, against, verdict: m.votes_figure_holds(), weighted });
}
