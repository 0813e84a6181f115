// The evaluation campaign of a plan: started with its framework, its framework edited, its steering committee
// chosen among the council's active members (the service checks them), the timeline of its five stages.
import { campaignSchema, committeeSchema, stageSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { planScope } from '../../plans/actions/scope';
import { createCampaign as create, setCommittee as committee, updateCampaign as update, updateStage as stage } from '../campaigns';
import { campaignScope } from './scope';

export const createCampaign = defineAction({
	name: 'evaluation.createCampaign',
	input: campaignSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: planScope,
	run: ({ actor, scope }, { planId: _, ...fields }) => {
		create(scope.plan.id, fields, actor.user!.id);
	}
});

export const updateCampaign = defineAction({
	name: 'evaluation.updateCampaign',
	input: campaignSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { planId: _, ...fields }) => {
		update(scope.campaign.id, fields, actor.user!.id);
	}
});

export const setCommittee = defineAction({
	name: 'evaluation.setCommittee',
	input: committeeSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, input) => committee(scope.campaign.id, input.members, actor.user!.id)
});

export const updateStage = defineAction({
	name: 'evaluation.updateStage',
	input: stageSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { planId: _, ...patch }) => stage(scope.campaign.id, patch.stage, patch, actor.user!.id)
});
