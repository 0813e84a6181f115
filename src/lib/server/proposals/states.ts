// THE lifecycle of a proposal, in one place: which transition leads from which states to which state,
// who may make it, and what it requires. Everything else (services, pages, tests) reads this table.
//
//   draft → submitted → accepted (for deliberation) | merged (into another proposal) | declined (public reason)
//   accepted → scheduled (on a plenary agenda) → adopted | rejected (by a vote, linked); rejected → adopted |
//   rejected again by a new vote the secretariat explicitly called
//   adopted → in_implementation → implemented | abandoned (reason)

export const PROPOSAL_STATES = ['draft', 'submitted', 'accepted', 'merged', 'declined', 'scheduled', 'adopted', 'rejected', 'in_implementation', 'implemented', 'abandoned'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** States anyone allowed to read the council may see (everything but drafts). */
export const PUBLISHED_STATES = PROPOSAL_STATES.filter((s) => s !== 'draft');

/**
 * Who makes a transition:
 * - author: the proposal's author or one of its co-authors (still an active member who may write proposals);
 * - manager: whoever may answer proposals in the council (secretariat, chair; platform admin);
 * - vote: the votes engine only, through applyVoteOutcome().
 */
export type TransitionActor = 'author' | 'manager' | 'vote';

export type TransitionRule = {
	from: readonly ProposalState[];
	to: ProposalState;
	by: TransitionActor;
	/** an official answer is required (it is public) */
	answer?: 'required' | 'optional';
	/** a reason is required (public) */
	reason?: boolean;
	/** the proposal it is merged into */
	target?: boolean;
	/** the council's support threshold must be reached */
	threshold?: boolean;
};

export const TRANSITIONS = {
	submit: { from: ['draft'], to: 'submitted', by: 'author' },
	withdraw: { from: ['submitted'], to: 'draft', by: 'author' },
	accept: { from: ['submitted'], to: 'accepted', by: 'manager', answer: 'required', threshold: true },
	decline: { from: ['submitted'], to: 'declined', by: 'manager', answer: 'required' },
	merge: { from: ['submitted', 'accepted'], to: 'merged', by: 'manager', answer: 'required', target: true },
	schedule: { from: ['accepted'], to: 'scheduled', by: 'manager' },
	unschedule: { from: ['scheduled'], to: 'accepted', by: 'manager', reason: true },
	// from rejected: a new vote the secretariat explicitly called on a proposal an earlier vote rejected
	adopt: { from: ['accepted', 'scheduled', 'rejected'], to: 'adopted', by: 'vote' },
	reject: { from: ['accepted', 'scheduled', 'rejected'], to: 'rejected', by: 'vote' },
	start_implementation: { from: ['adopted'], to: 'in_implementation', by: 'manager' },
	complete: { from: ['in_implementation'], to: 'implemented', by: 'manager', answer: 'optional' },
	abandon: { from: ['adopted', 'in_implementation'], to: 'abandoned', by: 'manager', reason: true }
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

export function rule(name: TransitionName): TransitionRule {
	return TRANSITIONS[name];
}

/** States in which members may still support a proposal. */
export const SUPPORTABLE_STATES: readonly ProposalState[] = ['submitted'];
/** States in which amendments may be proposed and decided. */
export const AMENDABLE_STATES: readonly ProposalState[] = ['submitted', 'accepted', 'scheduled'];
/** From acceptance for deliberation on, the secretariat (not the author) decides on amendments. */
export const MANAGER_DECIDES_AMENDMENTS: readonly ProposalState[] = ['accepted', 'scheduled'];
/** States in which official answers may be given outside a transition (e.g. after a vote). */
export const ANSWERABLE_STATES: readonly ProposalState[] = PUBLISHED_STATES;
/** Implementation updates (dated note, progress %) are given while the proposal is being implemented. */
export const UPDATABLE_STATES: readonly ProposalState[] = ['in_implementation'];

export function isState(value: string): value is ProposalState {
	return (PROPOSAL_STATES as readonly string[]).includes(value);
}

/** The transitions whose rule allows them from this state, for this kind of actor. */
export function transitionsFrom(state: string, by: TransitionActor): TransitionName[] {
	return TRANSITION_NAMES.filter((name) => {
		const r: TransitionRule = TRANSITIONS[name];
		return r.by === by && (r.from as readonly string[]).includes(state);
	});
}
