import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { isAuthor } from '$lib/server/proposals/access';
import { writerOptions } from '$lib/server/proposals/options';
import { coauthorsOf, proposalThemesOf } from '$lib/server/proposals/read';
import { proposalFiles } from '$lib/server/proposals/write';
import { updateDraft } from '$lib/server/proposals/actions';
import { formAction } from '$lib/server/actions/form';
import { proposalContext } from '../../shared.server';

function editable(event: Parameters<typeof proposalContext>[0]) {
	const ctx = proposalContext(event);
	if (!isAuthor(ctx.proposal, ctx.actor.user?.id) || !can(ctx.actor, 'proposals.create', ctx.council)) error(403, 'forbidden');
	if (ctx.proposal.state !== 'draft') redirect(303, `/c/${ctx.council.slug}/proposals/${ctx.proposal.id}`);
	return ctx;
}

export const load: PageServerLoad = (event) => {
	const { council, proposal } = editable(event);
	const tags = proposalThemesOf(proposal.id);
	return {
		proposal: { id: proposal.id, title: proposal.title },
		files: proposalFiles(proposal.id),
		options: writerOptions(council.id, proposal.authorId),
		values: {
			title: proposal.title,
			summary: proposal.summary,
			body: proposal.body,
			links: proposal.links.map((l) => `${l.url} ${l.label}`.trim()).join('\n'),
			themeIds: tags.filter((t) => t.kind === 'theme').map((t) => String(t.id)),
			leverIds: tags.filter((t) => t.kind === 'lever').map((t) => String(t.id)),
			coauthorIds: coauthorsOf(proposal.id).map((c) => String(c.id))
		}
	};
};

export const actions: Actions = {
	default: formAction(updateDraft, {
		input: (event) => ({ proposalId: event.params.id }),
		done: (_, { council, values }) => redirect(303, `/c/${council!.slug}/proposals/${values.proposalId}?saved=1`)
	})
};
