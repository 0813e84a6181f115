// A vote's rules and result explained in words, for the result page, the minutes and the help page: what the method,
// weighting, base, majority and quorum mean (docs/domain.md, from 'Vote methods' to 'Quorum'), which columns a
// per-college table needs for its shares to add up to 100 %, and why a vote where only zero-weight colleges voted
// adopts nothing.
import { m } from '$lib/paraglide/messages';
import { formatNumber } from './format';
import type { CollegeResult, Fraction, TallyResult, TallyRules } from '$lib/server/plenaries/tally-types';

type Rules = Pick<TallyRules, 'method' | 'weighting' | 'majority' | 'base' | 'quorumKind' | 'quorumValue' | 'winners' | 'minChoices' | 'maxChoices'> & {
	/** how many options the vote offers (ranked: the n of n − r points) */
	optionCount: number;
};

export function methodRule(r: Pick<Rules, 'method' | 'winners' | 'minChoices' | 'maxChoices' | 'optionCount'>): string {
	switch (r.method) {
		case 'single':
			return m.votes_rule_single({ winners: r.winners });
		case 'multiple':
			return m.votes_rule_multiple({ min: r.minChoices, max: r.maxChoices, winners: r.winners });
		case 'ranked':
			return m.votes_rule_ranked({ n: r.optionCount, first: Math.max(0, r.optionCount - 1), winners: r.winners });
		default:
			return m.votes_rule_yes_no();
	}
}

export function weightingRule(r: Pick<Rules, 'weighting' | 'base'>): string {
	if (r.weighting === 'member') return m.votes_rule_weighting_member();
	if (r.weighting === 'none') return m.votes_rule_weighting_none();
	const counted = r.base === 'entitled' ? m.votes_rule_colleges_entitled() : r.base === 'present' ? m.votes_rule_colleges_present() : m.votes_rule_colleges_cast();
	return `${m.votes_rule_weighting_college()} ${counted}`;
}

export function baseRule(base: string): string {
	switch (base) {
		case 'cast_abstain':
			return m.votes_rule_base_cast_abstain();
		case 'entitled':
			return m.votes_rule_base_entitled();
		case 'present':
			return m.votes_rule_base_present();
		default:
			return m.votes_rule_base_cast();
	}
}

export function majorityRule(r: Pick<Rules, 'method' | 'majority'>): string {
	if (r.method === 'ranked') return m.votes_rule_majority_ranked();
	const rule =
		r.majority === 'absolute'
			? m.votes_rule_majority_absolute()
			: r.majority === 'two_thirds'
				? m.votes_rule_majority_two_thirds()
				: r.majority === 'three_quarters'
					? m.votes_rule_majority_three_quarters()
					: m.votes_rule_majority_simple();
	return r.method !== 'yes_no_abstain' && r.majority !== 'simple' ? `${rule} ${m.votes_rule_majority_options()}` : rule;
}

export function quorumRule(r: Pick<Rules, 'quorumKind' | 'quorumValue'>): string {
	if (r.quorumKind === 'count') return m.votes_rule_quorum_count({ n: formatNumber(r.quorumValue) });
	if (r.quorumKind === 'share') return m.votes_rule_quorum_share({ n: formatNumber(r.quorumValue) });
	return m.votes_rule_quorum_none();
}

/** The rules of one vote, one sentence each (ranked votes: no base nor majority, which do not apply). */
export function ruleLines(r: Rules): string[] {
	const lines = [methodRule(r), weightingRule(r)];
	if (r.method !== 'ranked') lines.push(baseRule(r.base));
	lines.push(majorityRule(r), quorumRule(r));
	return lines;
}

const frac = (num: number, den: number): Fraction | null => (den > 0 ? { num, den, value: num / den } : null);

export type ExtraColumn = { key: 'abstain' | 'not_cast'; label: string; cell: (c: CollegeResult) => { count: number; share: Fraction | null } };

/**
 * The columns a per-college table shows beside the options so that every unit of the base is in one column: the
 * abstentions (blank ballots) when the base counts them, and, over the bases "entitled" and "present", the members of
 * the base who cast nothing (absent, present without voting, spoiled ballot). For yes/no and single choice the shares
 * of a row then add up to 100 %. Abstentions are shown without a share when the base leaves them out.
 */
export function extraColumns(result: Pick<TallyResult, 'method' | 'base' | 'colleges'>): ExtraColumn[] {
	const kind = result.base.kind;
	const inBase = kind !== 'cast';
	const columns: ExtraColumn[] = [];
	if (result.method !== 'ranked')
		columns.push({
			key: 'abstain',
			label: result.method === 'yes_no_abstain' ? m.votes_option_abstain() : m.votes_result_blank(),
			cell: (c) => ({ count: c.abstain, share: inBase ? frac(c.abstain, c.counted) : null })
		});
	if ((kind === 'entitled' || kind === 'present') && (result.method === 'yes_no_abstain' || result.method === 'single'))
		columns.push({
			key: 'not_cast',
			label: kind === 'entitled' ? m.votes_result_not_cast_entitled() : m.votes_result_not_cast_present(),
			cell: (c) => {
				const count = Math.max(0, c.counted - c.abstain - c.options.reduce((s, o) => s + o.votes, 0));
				return { count, share: frac(count, c.counted) };
			}
		});
	return columns;
}

/**
 * Under college weighting, why nothing can be adopted or elected when every college counted in the weighted total
 * weighs 0 (the weighted base is empty although people voted); null otherwise.
 */
export function zeroWeightNote(result: Pick<TallyResult, 'weighting' | 'base' | 'colleges'>): string | null {
	if (result.weighting !== 'college' || result.base.weighted.num !== 0) return null;
	const counted = result.colleges.filter((c) => c.included);
	if (!counted.length) return null;
	return m.votes_result_zero_weight({ colleges: counted.map((c) => c.name).join(', ') });
}
