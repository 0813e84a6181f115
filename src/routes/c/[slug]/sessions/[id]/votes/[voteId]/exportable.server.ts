// The vote of the URL when its result may be exported by this visitor (published, or closed for the
// secretariat); 404 otherwise, so that an unpublished result is not revealed.
import { error, type RequestEvent } from '@sveltejs/kit';
import { can } from '$lib/server/auth/permissions';
import { resultExportable } from '$lib/server/plenaries/exports';
import type { TallyResult } from '$lib/server/plenaries/tally-types';
import type { VoteView } from '$lib/server/plenaries/votes';
import { optionName } from '$lib/i18n/vote-labels';
import { voteContext } from '../../../shared.server';

export function exportableVote(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>): VoteView & { result: TallyResult } {
	const { council, actor, vote } = voteContext(event);
	if (!vote.result || !resultExportable(vote, can(actor, 'votes.manage', council))) error(404, 'not_found');
	return vote as VoteView & { result: TallyResult };
}

/** The vote with every option labelled in the reader's language (yes / no / abstain have no stored label). */
export function labelled<V extends Pick<VoteView, 'options'>>(vote: V): V {
	return { ...vote, options: vote.options.map((o) => ({ ...o, label: optionName(vote.options, o.id) })) };
}
