// Approval rounds on proposed indicators: opened by the evaluation (indicators of the plan, colleges of the council:
// the service checks both), voted by the members entitled (the service's), closed with the vote engine's rules.
import { approvalSchema, roundIdSchema, roundSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { castApproval as cast, closeApprovalRound, openApprovalRound } from '../approval';
import { campaignScope, roundScope } from './scope';

export const openRound = defineAction({
	name: 'evaluation.openRound',
	input: roundSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { title, indicators, colleges, weighting, majority, base, quorumKind, quorumValue }) =>
		openApprovalRound(scope.campaign.id, { title, indicatorIds: indicators, collegeIds: colleges, rules: { weighting, majority, base, quorumKind, quorumValue } }, actor.user!.id)
});

export const castApproval = defineAction({
	name: 'evaluation.castApproval',
	input: approvalSchema.extend({ planId: id() }),
	permission: 'evaluation.respond',
	scope: roundScope,
	run: ({ actor }, input) => cast(input.roundId, actor.user!.id, input.indicatorId, input.choice)
});

export const closeRound = defineAction({
	name: 'evaluation.closeRound',
	input: roundIdSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: roundScope,
	run: ({ actor }, input) => closeApprovalRound(input.roundId, actor.user!.id)
});
