// Labels for the proposal codes that travel as data (states, transitions, sorts, amendment statuses).
import { m } from '$lib/paraglide/messages';

const STATE: Record<string, () => string> = {
	draft: m.proposals_state_draft,
	submitted: m.proposals_state_submitted,
	accepted: m.proposals_state_accepted,
	merged: m.proposals_state_merged,
	declined: m.proposals_state_declined,
	scheduled: m.proposals_state_scheduled,
	adopted: m.proposals_state_adopted,
	rejected: m.proposals_state_rejected,
	in_implementation: m.proposals_state_in_implementation,
	implemented: m.proposals_state_implemented,
	abandoned: m.proposals_state_abandoned
};

const TRANSITION: Record<string, () => string> = {
	submit: m.proposals_tr_submit,
	withdraw: m.proposals_tr_withdraw,
	accept: m.proposals_tr_accept,
	decline: m.proposals_tr_decline,
	merge: m.proposals_tr_merge,
	schedule: m.proposals_tr_schedule,
	unschedule: m.proposals_tr_unschedule,
	adopt: m.proposals_tr_adopt,
	reject: m.proposals_tr_reject,
	start_implementation: m.proposals_tr_start_implementation,
	complete: m.proposals_tr_complete,
	abandon: m.proposals_tr_abandon
};

const SORT: Record<string, () => string> = {
	newest: m.proposals_sort_newest,
	supports: m.proposals_sort_supports,
	comments: m.proposals_sort_comments,
	updated: m.proposals_sort_updated,
	relevance: m.proposals_sort_relevance
};

const AMENDMENT: Record<string, () => string> = {
	pending: m.proposals_amendment_status_pending,
	accepted: m.proposals_amendment_status_accepted,
	rejected: m.proposals_amendment_status_rejected
};

export const stateLabel = (state: string | null | undefined): string => (state ? (STATE[state]?.() ?? state) : '');
export const transitionLabel = (name: string | null | undefined): string => (name ? (TRANSITION[name]?.() ?? name) : '');
export const sortLabel = (sort: string): string => SORT[sort]?.() ?? sort;
export const amendmentStatusLabel = (status: string): string => AMENDMENT[status]?.() ?? status;

/** States in the order of the lifecycle, for filters (drafts are never listed). */
export const LISTED_STATES = ['submitted', 'accepted', 'merged', 'declined', 'scheduled', 'adopted', 'rejected', 'in_implementation', 'implemented', 'abandoned'];

/** A badge style per state family: open, positive, negative, neutral. Text always carries the meaning. */
export function stateTone(state: string): 'open' | 'ok' | 'no' | 'neutral' {
	if (['submitted', 'accepted', 'scheduled', 'in_implementation'].includes(state)) return 'open';
	if (['adopted', 'implemented'].includes(state)) return 'ok';
	if (['declined', 'rejected', 'abandoned'].includes(state)) return 'no';
	return 'neutral';
}
