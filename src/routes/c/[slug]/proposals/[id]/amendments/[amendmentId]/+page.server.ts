import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { decidesAmendments, getAmendment } from '$lib/server/proposals/amendments';
import { decideAmendment } from '$lib/server/proposals/actions';
import { formAction } from '$lib/server/actions/form';
import { parseId, proposalContext } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:proposal');
	const { council, actor, proposal } = proposalContext(event);
	const amendment = getAmendment(proposal.id, parseId(event.params.amendmentId));
	if (!amendment) error(404, 'not_found');
	return {
		proposal: { id: proposal.id, title: proposal.title, version: proposal.version },
		amendment,
		canDecide: amendment.status === 'pending' && decidesAmendments(actor, { proposal, council })
	};
};

export const actions: Actions = {
	default: formAction(decideAmendment, { input: (event) => ({ proposalId: event.params.id, amendmentId: event.params.amendmentId }), done: () => ({ ok: true }) })
};
