// Names of the codes of votes (methods, rules, states, decisions) and of a result's figures, for every vote screen.
import { m } from '$lib/paraglide/messages';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { choiceSeparator, type Figure, type Fraction, type VoteOption } from '$lib/server/sessions/tally-types';

const pick = (table: Record<string, () => string>, code: string) => (table[code] ?? (() => code))();

export const methodName = (code: string) =>
	pick({ yes_no_abstain: m.votes_method_yes_no_abstain, single: m.votes_method_single, multiple: m.votes_method_multiple, ranked: m.votes_method_ranked }, code);
export const weightingName = (code: string) =>
	pick({ none: m.votes_weighting_none, member: m.votes_weighting_member, college: m.votes_weighting_college }, code);
export const secrecyName = (code: string) => pick({ named: m.votes_secrecy_named, secret: m.votes_secrecy_secret }, code);
export const majorityName = (code: string) =>
	pick({ simple: m.votes_majority_simple, absolute: m.votes_majority_absolute, two_thirds: m.votes_majority_two_thirds, three_quarters: m.votes_majority_three_quarters }, code);
export const baseName = (code: string) =>
	pick({ cast: m.votes_base_cast, cast_abstain: m.votes_base_cast_abstain, entitled: m.votes_base_entitled, present: m.votes_base_present }, code);
export const quorumKindName = (code: string) => pick({ none: m.votes_quorum_none, count: m.votes_quorum_count, share: m.votes_quorum_share }, code);
export const voteStateName = (code: string) =>
	pick({ draft: m.votes_state_draft, open: m.votes_state_open, closed: m.votes_state_closed, published: m.votes_state_published }, code);
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

/** One figure that decided a result, as a sentence: "Majorité — Oui : 68,2 % > 50 % de la base : vérifié". */
export function figureText(f: Figure, options: VoteOption[]): string {
	const ratio = f.against === 'base';
	const subject = f.subject === 'participants' ? m.votes_figure_participants() : optionName(options, f.subject);
	const against =
		f.against === 'required' ? m.votes_figure_required() : f.against === 'base' ? m.votes_figure_of_base() : optionName(options, f.against);
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
	const show = (x: Fraction) => (ratio ? percent(x) : amount(x));
	const op = f.op === '>' ? '>' : '≥';
	return m.votes_figure_sentence({
		kind,
		subject,
		left: show(f.left),
		op,
		right: show(f.right),
		against,
		verdict: f.holds ? m.votes_figure_holds() : m.votes_figure_fails(),
		weighted: f.weighted ? m.votes_figure_weighted() : ''
	});
}
