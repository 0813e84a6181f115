// The evidence of an evaluation: interviews (about objectives of the plan), findings citing indicators,
// questionnaires and interviews of the campaign (the service checks each one), and their removal (with their documents).
import { findingIdSchema, findingSchema, interviewSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addFinding as addOne, addInterview as add, deleteFinding as remove } from '../evidence';
import { deleteFilesOf } from '../../files/storage';
import { EVIDENCE_FILE_OWNERS } from '../evidence-files';
import { campaignScope, findingScope } from './scope';

export const addInterview = defineAction({
	name: 'evaluation.addInterview',
	input: interviewSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { planId: _, objectives, ...fields }) => add(scope.campaign.id, { ...fields, nodeIds: objectives }, actor.user!.id)
});

export const addFinding = defineAction({
	name: 'evaluation.addFinding',
	input: findingSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, input) => {
		const evidence = [
			...input.indicators.map((refId) => ({ kind: 'indicator' as const, refId })),
			...input.questionnaires.map((refId) => ({ kind: 'questionnaire' as const, refId })),
			...input.interviews.map((refId) => ({ kind: 'interview' as const, refId }))
		];
		return addOne(scope.campaign.id, { nodeId: input.nodeId, kind: input.kind, text: input.text, evidence }, actor.user!.id);
	}
});

export const deleteFinding = defineAction({
	name: 'evaluation.deleteFinding',
	input: findingIdSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: findingScope,
	run: ({ actor }, input) => {
		remove(input.findingId, actor.user!.id);
		// the documents attached to the finding go with it
		deleteFilesOf(EVIDENCE_FILE_OWNERS.finding, input.findingId);
	}
});
