import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { discardUpload } from '$lib/server/files/storage';
import { writerOptions } from '$lib/server/proposals/options';
import { createProposal } from '$lib/server/proposals/write';
import { proposalFormSchema } from '$lib/schemas/proposals';
import { parseWithUploads, refusal } from '../shared.server';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
	return { options: writerOptions(council.id, actor.user!.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
		const form = await parseWithUploads(event.request, proposalFormSchema, council.id);
		if (!form.ok) return form.failure;
		const { title, summary, body, themeIds, leverIds, coauthorIds, links } = form.data;
		let id: number;
		try {
			id = createProposal(actor, council.id, { title, summary, body, themeIds: [...themeIds, ...leverIds], coauthorIds, links }, form.uploads).id;
		} catch (e) {
			form.uploads.forEach(discardUpload);
			return refusal(e, form.values);
		}
		redirect(303, `/c/${council.slug}/proposals/${id}?saved=1`);
	}
};
