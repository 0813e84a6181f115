// Shared by the proposal pages: the proposal named in the URL, checked for the visitor (pages' loads; their form
// actions run declared actions, src/lib/server/proposals/actions).
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { councilContext, loginUrl, parseId } from '$lib/server/http/guard';

export { parseId };
import { canReadProposal, getProposalInCouncil } from '$lib/server/proposals/access';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** The council and the proposal of the URL; anonymous visitors are sent to log in, others get a 404. */
export function proposalContext(event: Event) {
	const { council, actor } = councilContext(event, event.params.slug!);
	const proposal = getProposalInCouncil(council.id, parseId(event.params.id));
	if (!proposal || !canReadProposal(actor, council, proposal)) {
		if (!event.locals.user && proposal) redirect(303, loginUrl(event.url));
		error(404, 'not_found');
	}
	return { council, actor, proposal };
}
