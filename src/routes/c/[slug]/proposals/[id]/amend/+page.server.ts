import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { isAuthor } from '$lib/server/proposals/access';
import { proposeAmendment } from '$lib/server/proposals/actions';
import { formAction } from '$lib/server/actions/form';
import { AMENDABLE_STATES } from '$lib/server/proposals/states';
import { proposalContext } from '../../shared.server';

function amendable(event: Parameters<typeof proposalContext>[0]) {
	const ctx = proposalContext(event);
	if (!ctx.actor.user) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
	if (!can(ctx.actor, 'proposals.amend', ctx.council) || isAuthor(ctx.proposal, ctx.actor.user.id)) error(403, 'forbidden');
	if (!AMENDABLE_STATES.includes(ctx.proposal.state as never)) redirect(303, `/c/${ctx.council.slug}/proposals/${ctx.proposal.id}`);
	return ctx;
}

export const load: PageServerLoad = (event) => {
	const { proposal } = amendable(event);
	return { proposal: { id: proposal.id, title: proposal.title, summary: proposal.summary, body: proposal.body, version: proposal.version } };
};

export const actions: Actions = {
	default: formAction(proposeAmendment, {
		input: (event) => ({ proposalId: event.params.id }),
		done: (amendment, { council, values }) => redirect(303, `/c/${council!.slug}/proposals/${values.proposalId}/amendments/${amendment.id}`)
	})
};
