// The contribution board: posting, upvoting and commenting contributions (participants, facilitators and the
// workshop's guests); clustering and retaining them (facilitators).
import { id } from '$lib/schemas/common';
import { assignSchema, clusterCreateSchema, clusterRenameSchema, commentFormSchema, contributionFormSchema, contributionRefSchema, retainSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { assignToCluster as assign, commentContribution as comment, createCluster as create, postContribution as post, renameCluster as rename, setRetained, toggleVote as toggle } from '../board';
import { boardScope, standsInWorkshop } from './scope';

const inWorkshop = { workshopId: id() };

export const postContribution = defineAction({
	name: 'workshops.postContribution',
	input: contributionFormSchema.extend(inWorkshop),
	permission: 'workshops.participate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, kind, body, meetingId }) => post(actor, workshopId, { kind, body, meetingId })
});

/** Upvotes a contribution, or withdraws the upvote. */
export const toggleVote = defineAction({
	name: 'workshops.toggleVote',
	input: contributionRefSchema.extend(inWorkshop),
	permission: 'workshops.participate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, contributionId }) => toggle(actor, workshopId, contributionId)
});

export const commentContribution = defineAction({
	name: 'workshops.commentContribution',
	input: commentFormSchema.extend(inWorkshop),
	permission: 'workshops.participate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, contributionId, body }) => comment(actor, workshopId, contributionId, body)
});

export const createCluster = defineAction({
	name: 'workshops.createCluster',
	input: clusterCreateSchema.extend(inWorkshop),
	permission: 'workshops.facilitate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, name, contributionIds }) => create(actor, workshopId, name, contributionIds)
});

export const renameCluster = defineAction({
	name: 'workshops.renameCluster',
	input: clusterRenameSchema.extend(inWorkshop),
	permission: 'workshops.facilitate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, clusterId, name }) => rename(actor, workshopId, clusterId, name)
});

/** Moves a contribution into a cluster, or out of any (no cluster). */
export const assignToCluster = defineAction({
	name: 'workshops.assignToCluster',
	input: assignSchema.extend(inWorkshop),
	permission: 'workshops.facilitate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, contributionId, clusterId }) => assign(actor, workshopId, contributionId, clusterId)
});

/** Marks a cluster (when the input names one) or a contribution as retained, or not. */
export const retain = defineAction({
	name: 'workshops.retain',
	input: retainSchema.extend(inWorkshop),
	permission: 'workshops.facilitate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, contributionId, clusterId, retained }) => setRetained(actor, workshopId, clusterId ? { clusterId } : { contributionId: contributionId ?? undefined }, retained)
});
