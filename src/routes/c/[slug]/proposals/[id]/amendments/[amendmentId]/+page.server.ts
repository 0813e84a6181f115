import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { decideAmendment, decidesAmendments, getAmendment } from '$lib/server/proposals/amendments';
import { amendmentDecisionSchema } from '$lib/schemas/proposals';
import { parseId, proposalContext, refusal } from '../../../shared.server';

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
	default: async (event) => {
		const { actor, proposal } = proposalContext(event);
		const amendment = getAmendment(proposal.id, parseId(event.params.amendmentId));
		if (!amendment) error(404, 'not_found');
		const form = await parseForm(event.request, amendmentDecisionSchema);
		if (!form.ok) return form.failure;
		try {
			decideAmendment(actor, amendment.id, { accept: form.data.decision === 'accept', reason: form.data.reason });
		} catch (e) {
			return refusal(e, form.values);
		}
		return { ok: true };
	}
};
