// Questionnaires of a campaign: created (for everyone, some colleges of the council, or the committee: the service
// refuses colleges of other councils), then opened and closed.
// Opening notifies the audience; the evaluation may remind those who have not responded (outreach.ts).
import { z } from 'zod';
import { questionnaireSchema, remindSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { publish } from '../../events/bus';
import { createQuestionnaire as create, setQuestionnaireStatus } from '../questionnaires';
import { audienceMembers } from '../audience';
import { notifyOpened, remindSilent, type Asked } from '../outreach';
import { questionnaireSilent } from '../response-rate';
import { campaignScope, questionnaireScope, type QuestionnaireScope } from './scope';

const asked = (scope: QuestionnaireScope): Asked => ({ kind: 'questionnaire', id: scope.questionnaire.id, title: scope.questionnaire.title, councilId: scope.council.id, planId: scope.plan.id });
const announce = (userIds: number[]) => {
	if (userIds.length) publish({ type: 'notifications.changed', userIds });
};

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
		run: ({ tx, actor, scope }) => {
			setQuestionnaireStatus(scope.questionnaire.id, to, actor.user!.id);
			// opened: everyone it is addressed to is told, in the app and by email
			if (to === 'open')
				announce(
					notifyOpened(
						tx,
						asked(scope),
						audienceMembers(tx, scope.questionnaire, scope.council.id).map((p) => p.userId),
						actor.user!.id
					)
				);
		}
	});

export const openQuestionnaire = statusChange('evaluation.openQuestionnaire', 'open');
export const closeQuestionnaire = statusChange('evaluation.closeQuestionnaire', 'closed');

/** Reminds those it is addressed to who have not responded (not those reminded within a day): how many were, and skipped. */
export const remindQuestionnaire = defineAction({
	name: 'evaluation.remindQuestionnaire',
	input: remindSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: questionnaireScope,
	run: ({ tx, actor, scope }) => {
		if (scope.questionnaire.status !== 'open') throw new DomainError('evaluation_error_questionnaire_not_open', 'form');
		const result = remindSilent(
			tx,
			asked(scope),
			questionnaireSilent(tx, scope.questionnaire, scope.council.id).map((p) => p.userId),
			actor.user!.id
		);
		announce(result.notified);
		return { reminded: result.reminded, skipped: result.skipped };
	},
	present: (data) => ({ ok: true, ...data })
});
