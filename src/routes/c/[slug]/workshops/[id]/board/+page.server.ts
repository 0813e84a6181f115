import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { assignToCluster, boardOf, commentContribution, createCluster, postContribution, renameCluster, setRetained, toggleVote } from '$lib/server/workshops/board';
import { listMeetings } from '$lib/server/workshops/meetings';
import { assignSchema, clusterCreateSchema, clusterRenameSchema, commentFormSchema, contributionFormSchema, contributionRefSchema, retainSchema } from '$lib/schemas/workshops';
import { run, workshopContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:workshop-board');
	const { workshop, rights, actor } = workshopContext(event);
	return {
		workshop: { id: workshop.id, title: workshop.title, status: workshop.status },
		rights,
		board: boardOf(workshop.id, actor.user?.id ?? null),
		meetings: listMeetings(workshop.id).map((mt) => ({ id: mt.id, title: mt.title }))
	};
};

export const actions: Actions = {
	post: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, contributionFormSchema);
		if (!form.ok) return form.failure;
		return run(() => postContribution(actor, workshop.id, form.data), { ...form.values, intent: 'post' });
	},
	vote: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, contributionRefSchema);
		if (!form.ok) return form.failure;
		return run(() => toggleVote(actor, workshop.id, form.data.contributionId), { intent: `c${form.data.contributionId}` });
	},
	comment: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, commentFormSchema);
		if (!form.ok) return form.failure;
		return run(() => commentContribution(actor, workshop.id, form.data.contributionId, form.data.body), { ...form.values, intent: `c${form.data.contributionId}` });
	},
	cluster: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, clusterCreateSchema);
		if (!form.ok) return form.failure;
		return run(() => createCluster(actor, workshop.id, form.data.name, form.data.contributionIds), { ...form.values, intent: 'cluster' });
	},
	rename: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, clusterRenameSchema);
		if (!form.ok) return form.failure;
		return run(() => renameCluster(actor, workshop.id, form.data.clusterId, form.data.name), { ...form.values, intent: `k${form.data.clusterId}` });
	},
	assign: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, assignSchema);
		if (!form.ok) return form.failure;
		return run(() => assignToCluster(actor, workshop.id, form.data.contributionId, form.data.clusterId), { intent: `c${form.data.contributionId}` });
	},
	retain: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, retainSchema);
		if (!form.ok) return form.failure;
		const { contributionId, clusterId, retained } = form.data;
		const target = clusterId ? { clusterId } : { contributionId: contributionId ?? undefined };
		return run(() => setRetained(actor, workshop.id, target, retained), { intent: clusterId ? `k${clusterId}` : `c${contributionId}` });
	}
};
