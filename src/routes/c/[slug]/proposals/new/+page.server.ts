import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { writerOptions } from '$lib/server/proposals/options';
import { createProposal } from '$lib/server/proposals/actions';
import { formAction } from '$lib/server/actions/form';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
	return { options: writerOptions(council.id, actor.user!.id), submissionKey: randomUUID() };
};

export const actions: Actions = {
	default: formAction(createProposal, { done: (row, { council }) => redirect(303, `/c/${council!.slug}/proposals/${row.id}?saved=1`) })
};
