// Follow or stop following a proposal: a plain form post (no script needed) that comes back to the proposal.
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { formToObject } from '$lib/server/http/forms';
import { setFollowing } from '$lib/server/proposals/follows';
import { DomainError } from '$lib/server/errors';
import { followFormSchema } from '$lib/schemas/proposals';
import { proposalContext } from '../../shared.server';

export const POST: RequestHandler = async (event) => {
	const { council, actor, proposal } = proposalContext(event);
	const back = `/c/${council.slug}/proposals/${proposal.id}`;
	if (!actor.user) redirect(303, loginUrl(new URL(back, event.url)));
	const { follow } = followFormSchema.parse(formToObject(await event.request.formData()));
	try {
		setFollowing(actor, proposal.id, follow);
	} catch (e) {
		if (e instanceof DomainError) error(404, 'not_found');
		throw e;
	}
	redirect(303, back);
};
