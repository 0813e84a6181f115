// Questionnaires of a campaign: created (for everyone, some colleges of the council, or the committee: the service
// refuses colleges of other councils), then opened and closed.
import { z } from 'zod';
import { questionnaireSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { createQuestionnaire as create, setQuestionnaireStatus } from '../questionnaires';
import { campaignScope, questionnaireScope } from './scope';

export const createQuestionnaire = defineAction({
	name: 'evaluation.createQuestionnaire',
	input: questionnaireSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ actor, scope }, { planId: _, colleges, ...fields }) => create(scope.campaign.id, { ...fields, collegeIds: colleges }, actor.user!.id).id,
	present: (questionnaireId) => ({ ok: true, id: questionnaireId })
});

/** Opening (draft → open) or closing (open → closed) a questionnaire; the service says which moves are allowed. */
const statusChange = (name: string, to: 'open' | 'closed') =>
	defineAction({
		name,
		input: z.object({ planId: id(), questionnaireId: id() }),
		permission: 'evaluation.manage',
		scope: questionnaireScope,
		run: ({ actor, scope }) => setQuestionnaireStatus(scope.questionnaire.id, to, actor.user!.id)
	});

export const openQuestionnaire = statusChange('evaluation.openQuestionnaire', 'open');
export const closeQuestionnaire = statusChange('evaluation.closeQuestionnaire', 'closed');
