// The vocabulary of votes and tallies, shared by the pure tally, the services and (as types) the screens.
import type { Fraction } from '../../tally/fraction';

export type { Fraction };

export const METHODS = ['yes_no_abstain', 'single', 'multiple', 'ranked'] as const;
export type Method = (typeof METHODS)[number];
export const WEIGHTINGS = ['none', 'member', 'college'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];
export const MAJORITIES = ['simple', 'absolute', 'two_thirds', 'three_quarters'] as const;
export type Majority = (typeof MAJORITIES)[number];
/** cast = yes+no (non-blank ballots); cast_abstain = + abstentions / blank ballots; entitled; present. */
export const BASES = ['cast', 'cast_abstain', 'entitled', 'present'] as const;
export type MajorityBase = (typeof BASES)[number];
export const QUORUM_KINDS = ['none', 'count', 'share'] as const;
export type QuorumKind = (typeof QUORUM_KINDS)[number];
export const SECRECIES = ['named', 'secret'] as const;
export type Secrecy = (typeof SECRECIES)[number];

export type VoteOption = { id: string; label: string };
/**
 * A ballot's choice: option ids. yes_no_abstain: exactly one of 'yes' | 'no' | 'abstain'. single: one option.
 * multiple: between min and max distinct options. ranked: distinct options in order of preference (first =
 * preferred), between min and max of them. For single / multiple / ranked, [] is a blank ballot: an explicit
 * abstention (min and max apply to non-blank ballots).
 */
export type Choice = string[];

export const YES_NO_ABSTAIN: VoteOption[] = [
	{ id: 'yes', label: '' },
	{ id: 'no', label: '' },
	{ id: 'abstain', label: '' }
];

export type TallyRules = {
	method: Method;
	options: VoteOption[];
	minChoices: number;
	maxChoices: number;
	/** how many options win (single / multiple / ranked) */
	winners: number;
	weighting: Weighting;
	majority: Majority;
	base: MajorityBase;
	quorumKind: QuorumKind;
	/** a member count (count) or a percentage of entitled members (share) */
	quorumValue: number;
};

export type TallyCollege = { id: number; name: string; weight: number };
/** An entitled member. present = checked in, or represented by a checked-in proxy holder. */
export type TallyMember = { id: number; collegeId: number | null; weight: number; present: boolean };
/** An online ballot. memberId is the represented member for named votes, null for secret ballots. */
export type TallyBallot = { memberId: number | null; collegeId: number | null; weight: number; choice: Choice };

/**
 * Paper ballots counted in the room, one group per college (required when weighting by college) and, when
 * weighting by member, per ballot weight (every ballot of the group carries `weight`). Figures are ballot counts:
 * - yes_no_abstain: counts { yes, no, abstain };
 * - single: counts per option id, abstain = blank ballots;
 * - multiple: counts = approvals per option, ballots = non-blank valid ballots, abstain = blank ballots;
 * - ranked: rankings = each paper ballot's ranking, abstain = blank ballots.
 * invalid = spoiled ballots: the voter took part (quorum), the ballot counts in no base.
 */
export type PaperGroup = {
	collegeId: number | null;
	weight?: number;
	counts?: Record<string, number>;
	ballots?: number;
	rankings?: Choice[];
	abstain?: number;
	invalid?: number;
};
export type PaperInput = { voters: number[]; groups: PaperGroup[] };

export type TallyInput = {
	rules: TallyRules;
	colleges: TallyCollege[];
	members: TallyMember[];
	ballots: TallyBallot[];
	/** members who voted online (secret votes: the participation rows; named: may repeat the ballots' members) */
	onlineVoters: number[];
	paper: PaperInput | null;
};

/**
 * adopted / rejected / tie (simple majority, yes = no > 0: not adopted) for yes_no_abstain;
 * elected / no_winner / tie (unresolved tie at the last winning place) for single and multiple choice;
 * elected / no_winner for ranked choice (ties are broken); invalid_quorum for any method below quorum.
 */
export type Decision = 'adopted' | 'rejected' | 'tie' | 'elected' | 'no_winner' | 'invalid_quorum';

export type OptionResult = {
	id: string;
	label: string;
	/** ballots for the option (approvals for multiple; Borda points for ranked), online + paper, unweighted */
	votes: number;
	/** null in a published secret result whose paper or online part is a small group (see Masking) */
	online: number | null;
	paper: number | null;
	/** weighted amount: none = votes; member = sum of weights; college = Σ w_c · votes_c / base_c */
	weighted: Fraction;
	/** votes / unweighted base size; null when the base is empty */
	share: Fraction | null;
	/** weighted / weighted base size; null when the base is empty */
	weightedShare: Fraction | null;
	/** ranked only: first preferences, raw and weighted like `votes` */
	firsts: { votes: number; weighted: Fraction } | null;
	/** choice methods: 1 = best, equal values share a rank (a lot draw separates them); null for yes_no_abstain */
	rank: number | null;
	/** absolute / qualified majority of a choice method: whether the option reaches the threshold */
	reachesThreshold: boolean | null;
};

export type CollegeResult = {
	/** null gathers what has no known college: members without one, paper groups entered without one, ballots whose
	 * college was deleted since. Under college weighting this row is never included in the weighted total. */
	collegeId: number | null;
	name: string;
	weight: number;
	entitled: number;
	/** entitled members present, represented, or who voted */
	present: number;
	/** ballots (online + paper, including spoiled paper ballots) */
	voted: number;
	/** units of the base within the college (the denominator of the college's shares) */
	counted: number;
	abstain: number;
	invalid: number;
	options: { id: string; votes: number; share: Fraction | null; weighted: Fraction }[];
	/** college weighting: the college has at least one unit in the base, so it takes part in the weighted total */
	included: boolean;
};

export type Figure = {
	kind: 'quorum' | 'majority' | 'threshold' | 'points' | 'firsts' | 'votes' | 'lot';
	/** what the left side measures: 'participants', 'yes', an option id */
	subject: string;
	left: Fraction;
	op: '>' | '>=';
	right: Fraction;
	/** the right side: 'required' (quorum), 'no' (simple majority), 'base' (share of the base), an option id */
	against: string;
	holds: boolean;
	/** compared on weighted amounts / shares */
	weighted: boolean;
};

export type TallyResult = {
	version: 1;
	method: Method;
	weighting: Weighting;
	majority: Majority;
	ballots: { online: number; paper: number; valid: number; abstain: number; invalid: number; total: number };
	options: OptionResult[];
	/** abstentions (yes_no_abstain) or blank ballots; weighted is null under college weighting with base 'cast' */
	abstain: { votes: number; weighted: Fraction | null };
	colleges: CollegeResult[];
	base: { kind: MajorityBase; unweighted: number; weighted: Fraction };
	/** the required majority: ratio of the weighted base (null for simple majority: yes against no) */
	threshold: { rule: Majority; ratio: Fraction | null; op: '>' | '>='; amount: Fraction | null };
	quorum: { kind: QuorumKind; value: number; entitled: number; counted: number; required: number; reached: boolean };
	decision: Decision;
	winners: string[];
	tied: string[];
	/** lots drawn to break ranked-choice ties: the tied options (in option order) and the order drawn */
	draws: { tied: string[]; order: string[] }[];
	/** the comparisons that decided the outcome, in order, for "58/85 = 68.2 % > 50 % of the weighted base" */
	figures: Figure[];
	/** only in the shown result of a SECRET vote: what is left out to keep small groups secret */
	masking?: Masking;
};

/** A college shown only merged into the total: its weight, its size and that it took part, not its choices. */
export type MaskedCollege = { collegeId: number | null; name: string; weight: number; entitled: number; voted: number; included: boolean };

/** What the shown result of a secret vote leaves out (src/lib/tally/secret-groups.ts). */
export type Masking = {
	/** the council's minimum group size for secret results */
	minGroup: number;
	/** colleges with fewer participants than minGroup (and any needed so that they cannot be deduced from the total) */
	colleges: MaskedCollege[];
	/** no per-college breakdown exists: secret ballots carry a college only when the vote weighs colleges */
	noBreakdown: boolean;
	/** the paper / online split of each option is hidden (one of the two is a small group) */
	paper: boolean;
};
