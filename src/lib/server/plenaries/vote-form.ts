// Shared by the vote creation and edit pages and the votes.create / votes.update actions: the form's defaults, the
// themes offered on annual themes items, and the form data turned into the service's input.
import { listThemes } from '$lib/server/councils/themes';
import type { CouncilRow } from '$lib/server/councils/councils';
import type { VoteInput } from '$lib/server/plenaries/votes';
import type { VoteForm } from '$lib/schemas/votes';
import { submittableIndicators } from '$lib/server/plenaries/vote-indicators';
import { getProposalInCouncil } from '$lib/server/proposals/access';
import { m } from '$lib/paraglide/messages';

export type IndicatorChoice = { id: number; name: string; planTitle: string; nodeTitle: string };

/** Proposed indicators of the council's plans a yes/no vote may validate (evaluation stage 2). */
export function indicatorChoices(council: CouncilRow): IndicatorChoice[] {
	return submittableIndicators(council.id).map((i) => ({ id: i.id, name: i.name, planTitle: i.planTitle, nodeTitle: i.nodeTitle }));
}

export type AgendaItemLike = { id: number; kind: string; title: string };

/** The active themes of the council when the item is a choice of annual themes; null otherwise. */
export function themesFor(council: CouncilRow, item: AgendaItemLike): { id: number; name: string }[] | null {
	if (item.kind !== 'annual_themes') return null;
	return listThemes(council.id)
		.filter((t) => t.kind === 'theme' && !t.archived)
		.map((t) => ({ id: t.id, name: t.name }));
}

export function councilDefaults(council: CouncilRow, item: AgendaItemLike): Record<string, unknown> {
	return {
		method: item.kind === 'annual_themes' ? 'ranked' : 'yes_no_abstain',
		weighting: council.weighting,
		majority: council.majority,
		base: council.majorityBase,
		quorumKind: council.quorumKind,
		quorumValue: council.quorumValue,
		secrecy: 'named'
	};
}

/**
 * The question left empty with exactly one proposal ticked is made from that proposal (the form prefills it the same
 * way with JavaScript). The service checks that the proposal may be decided by the vote; a refused one leaves the
 * question empty, so nothing of a proposal it may not name is kept.
 */
function questionOf(data: VoteForm, councilId: number): string {
	if (data.question || data.method !== 'yes_no_abstain' || data.proposalIds.length !== 1) return data.question;
	const proposal = getProposalInCouncil(councilId, data.proposalIds[0]);
	return proposal ? m.votes_form_question_from_proposal({ id: proposal.id, title: proposal.title }) : '';
}

export function voteInputOf(data: VoteForm, themes: { id: number; name: string }[] | null, council: Pick<CouncilRow, 'id'>): VoteInput {
	const options = themes ? themes.filter((t) => data.themeIds.includes(t.id)).map((t) => t.name) : data.options;
	const choice = data.method === 'multiple' || data.method === 'ranked';
	return {
		question: questionOf(data, council.id),
		description: data.description,
		method: data.method,
		options,
		minChoices: choice ? data.minChoices : undefined,
		maxChoices: choice ? data.maxChoices : undefined,
		winners: data.method === 'yes_no_abstain' ? undefined : data.winners,
		weighting: data.weighting,
		majority: data.majority,
		base: data.base,
		quorumKind: data.quorumKind,
		quorumValue: data.quorumKind === 'none' ? 0 : data.quorumValue,
		secrecy: data.secrecy,
		indicatorIds: data.indicatorIds,
		proposalIds: data.proposalIds,
		revote: data.revote,
		confirmSmallGroups: data.confirmSmallGroups
	};
}
