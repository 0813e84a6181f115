// Follow or stop following a proposal: a plain form post (no script needed) that comes back to the proposal.
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { councilContext, loginUrl } from '$lib/server/http/guard';
import { formToObject } from '$lib/server/http/forms';
import { execute } from '$lib/server/actions/execute';
import { followProposal, unfollowProposal } from '$lib/server/proposals/actions';
import { followFormSchema } from '$lib/schemas/proposals';

export const POST: RequestHandler = async (event) => {
	const { council, actor } = councilContext(event, event.params.slug);
	const back = `/c/${council.slug}/proposals/${event.params.id}`;
	if (!actor.user) redirect(303, loginUrl(new URL(back, event.url)));
	const { follow } = followFormSchema.parse(formToObject(await event.request.formData()));
	const result = await execute(actor, council, follow ? followProposal : unfollowProposal, { proposalId: event.params.id });
	if (!result.ok) error(result.status, result.status === 404 ? 'not_found' : 'forbidden');
	redirect(303, back);
};
