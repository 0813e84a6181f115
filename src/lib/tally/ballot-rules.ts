// Pure validation of a vote's rules, of one ballot's choice and of a paper entry. Refusals are DomainErrors
// whose codes are in src/lib/i18n/messages/plenaries/*.json.
import { DomainError } from '../errors';
import type { Choice, PaperGroup, PaperInput, TallyMember, TallyRules } from '../server/plenaries/tally-types';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * At most this many options: a ranked ballot shows one rank list per option (n × n choices on the member's screen),
 * and a ballot sent over the socket holds at most 100 choices (voteCastSchema).
 */
export const MAX_OPTIONS = 100;

/** The rules a vote may be opened with; throws on anything a tally could not honour. */
export function checkRules(rules: TallyRules): void {
	// before the method's own checks: a yes/no/abstain vote can have a quorum too
	if (!(rules.quorumValue >= 0) || (rules.quorumKind === 'share' && rules.quorumValue > 100)) throw new DomainError('plenaries_error_quorum_value', 'quorumValue');
	const ids = rules.options.map((o) => o.id);
	if (new Set(ids).size !== ids.length) throw new DomainError('plenaries_error_options_duplicate', 'options');
	if (rules.method === 'yes_no_abstain') {
		if (ids.join() !== 'yes,no,abstain') throw new DomainError('plenaries_error_options_invalid', 'options');
		return;
	}
	if (rules.options.length < 2) throw new DomainError('plenaries_error_options_too_few', 'options');
	if (rules.options.some((o) => !o.label.trim())) throw new DomainError('plenaries_error_options_invalid', 'options');
	if (rules.options.length > MAX_OPTIONS) throw new DomainError('votes_error_options_too_many', 'options', { max: MAX_OPTIONS });
	// two options with the same label could not be told apart on the ballot nor in the result
	const labels = rules.options.map((o) => o.label.trim().toLocaleLowerCase('fr'));
	if (new Set(labels).size !== labels.length) throw new DomainError('votes_error_options_same_label', 'options');
	const n = rules.options.length;
	const { minChoices: min, maxChoices: max, winners } = rules;
	if (!isCount(min) || !isCount(max) || min < 1 || max < min || max > n) throw new DomainError('plenaries_error_min_max', 'maxChoices', { max: n });
	if (rules.method === 'single' && (min !== 1 || max !== 1)) throw new DomainError('plenaries_error_min_max', 'maxChoices', { max: 1 });
	if (!isCount(winners) || winners < 1 || winners > n) throw new DomainError('plenaries_error_winners', 'winners', { max: n });
}

/** Throws unless `choice` is a valid ballot for the rules; see the Choice type for what is valid. */
export function checkChoice(rules: TallyRules, choice: unknown): asserts choice is Choice {
	if (!Array.isArray(choice) || choice.some((c) => typeof c !== 'string')) throw new DomainError('plenaries_error_choice_invalid', 'choice');
	const known = new Set(rules.options.map((o) => o.id));
	if (choice.some((c) => !known.has(c))) throw new DomainError('plenaries_error_choice_unknown_option', 'choice');
	if (new Set(choice).size !== choice.length) throw new DomainError('plenaries_error_choice_duplicate', 'choice');
	if (rules.method === 'yes_no_abstain') {
		if (choice.length !== 1) throw new DomainError('plenaries_error_choice_invalid', 'choice');
		return;
	}
	if (choice.length === 0) return; // blank ballot
	if (choice.length < rules.minChoices || choice.length > rules.maxChoices) throw new DomainError('plenaries_error_choice_count', 'choice', { min: rules.minChoices, max: rules.maxChoices });
}

/** Number of ballots a paper group stands for (valid, blank and spoiled). */
export function paperGroupBallots(rules: TallyRules, g: PaperGroup): number {
	const counts = Object.values(g.counts ?? {});
	const blank = g.abstain ?? 0;
	const invalid = g.invalid ?? 0;
	switch (rules.method) {
		case 'yes_no_abstain':
			return counts.reduce((a, b) => a + b, 0) + invalid;
		case 'single':
			return counts.reduce((a, b) => a + b, 0) + blank + invalid;
		case 'multiple':
			return (g.ballots ?? 0) + blank + invalid;
		case 'ranked':
			return (g.rankings ?? []).length + blank + invalid;
	}
}

function checkGroup(rules: TallyRules, g: PaperGroup): void {
	const fail = (code = 'plenaries_error_paper_invalid') => {
		throw new DomainError(code, 'paper');
	};
	if (g.weight !== undefined && !(typeof g.weight === 'number' && g.weight >= 0 && Number.isFinite(g.weight))) fail();
	for (const n of [g.abstain ?? 0, g.invalid ?? 0, g.ballots ?? 0]) if (!isCount(n)) fail();
	const known = new Set(rules.options.map((o) => o.id));
	const counts = g.counts ?? {};
	for (const [id, n] of Object.entries(counts)) if (!known.has(id) || !isCount(n)) fail();
	if (rules.method === 'ranked') {
		if (Object.keys(counts).length || g.ballots) fail();
		for (const ranking of g.rankings ?? []) {
			checkChoice(rules, ranking);
			if (ranking.length === 0) fail(); // blank paper ballots go in `abstain`
		}
		return;
	}
	if (g.rankings?.length) fail();
	if (rules.method === 'yes_no_abstain') {
		if (g.abstain || g.ballots) fail();
		return;
	}
	if (rules.method === 'single') {
		if (g.ballots) fail();
		return;
	}
	// multiple: each ballot approves between min and max options
	const ballots = g.ballots ?? 0;
	const approvals = Object.values(counts).reduce((a, b) => a + b, 0);
	if (Object.values(counts).some((n) => n > ballots)) fail();
	if (approvals < ballots * rules.minChoices || approvals > ballots * rules.maxChoices) fail();
}

/** Groups are matched to paper voters by this key: per college when any group names one, per weight when weighting by member. */
function groupKey(rules: TallyRules, perCollege: boolean, collegeId: number | null, weight: number): string {
	return `${perCollege ? (collegeId ?? '-') : '*'}|${rules.weighting === 'member' ? weight : 1}`;
}

/**
 * The part of a paper entry's checks that cannot go stale: voters entitled (known) and listed once, groups well
 * formed, one college per group under college weighting, and as many paper ballots in all as paper voters. The
 * tally runs it at close.
 */
export function checkPaperShape(rules: TallyRules, paper: PaperInput, members: Map<number, unknown>): void {
	if (new Set(paper.voters).size !== paper.voters.length) throw new DomainError('plenaries_error_paper_voter_twice', 'voters');
	for (const id of paper.voters) if (!members.has(id)) throw new DomainError('plenaries_error_paper_voter_not_entitled', 'voters');
	for (const g of paper.groups) checkGroup(rules, g);
	if (rules.weighting === 'college' && paper.groups.some((g) => g.collegeId === null)) throw new DomainError('plenaries_error_paper_college_required', 'paper');
	const entered = paper.groups.reduce((n, g) => n + paperGroupBallots(rules, g), 0);
	if (entered !== paper.voters.length) throw new DomainError('plenaries_error_paper_mismatch', 'paper', { expected: paper.voters.length, entered });
}

/**
 * Checks a paper entry when the secretariat enters it: checkPaperShape, and each group's ballots add up to the
 * paper voters of its college (and weight, when weighting by member). Not re-run at close: a member may have
 * changed college since, which must not stop the vote from closing. `groupName` names a group in the refusal when
 * the entry is split by college or weight ("A × 2": the count of that group is wrong, not the total).
 */
export function checkPaper(
	rules: TallyRules,
	paper: PaperInput,
	members: Map<number, Pick<TallyMember, 'collegeId' | 'weight'>>,
	groupName?: (collegeId: number | null, weight: number) => string
): void {
	checkPaperShape(rules, paper, members);
	const perCollege = rules.weighting === 'college' || paper.groups.some((g) => g.collegeId !== null);
	const expected = new Map<string, number>();
	const slots = new Map<string, { collegeId: number | null; weight: number }>();
	for (const id of paper.voters) {
		const m = members.get(id)!;
		const key = groupKey(rules, perCollege, m.collegeId, m.weight);
		expected.set(key, (expected.get(key) ?? 0) + 1);
		slots.set(key, { collegeId: perCollege ? m.collegeId : null, weight: m.weight });
	}
	const entered = new Map<string, number>();
	for (const g of paper.groups) {
		const key = groupKey(rules, perCollege, g.collegeId, g.weight ?? 1);
		entered.set(key, (entered.get(key) ?? 0) + paperGroupBallots(rules, g));
		slots.set(key, { collegeId: perCollege ? g.collegeId : null, weight: g.weight ?? 1 });
	}
	const split = perCollege || rules.weighting === 'member';
	for (const key of new Set([...expected.keys(), ...entered.keys()])) {
		const counts = { expected: expected.get(key) ?? 0, entered: entered.get(key) ?? 0 };
		if (counts.expected === counts.entered) continue;
		const slot = slots.get(key)!;
		if (split && groupName) throw new DomainError('plenaries_error_paper_group_mismatch', 'paper', { ...counts, group: groupName(slot.collegeId, slot.weight) });
		throw new DomainError('plenaries_error_paper_mismatch', 'paper', counts);
	}
}
