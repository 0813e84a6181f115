// A member of the audience answers an open questionnaire (once), from its form: fields q<id> hold option indexes
// for choices, 1-5 for scales, text otherwise. Who is in the audience is the service's (audience.ts).
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { submitResponse, type Answers, type QuestionnaireDetail } from '../questionnaires';
import { questionnaireScope } from './scope';

/** Form fields q<id> → answers by question id. */
function readAnswers(values: Record<string, unknown>, questionnaire: QuestionnaireDetail): Answers {
	const answers: Answers = {};
	const list = (raw: unknown) => (Array.isArray(raw) ? raw : [raw]).map(String);
	for (const q of questionnaire.questions) {
		const raw = values[`q${q.id}`];
		if (raw === undefined || raw === null || raw === '') continue;
		if (q.kind === 'text') answers[q.id] = list(raw).join(' ');
		else if (q.kind === 'multiple') answers[q.id] = list(raw).map(Number);
		else answers[q.id] = Number(list(raw)[0]);
	}
	return answers;
}

export const respondQuestionnaire = defineAction({
	name: 'evaluation.respondQuestionnaire',
	input: z.looseObject({ planId: id(), questionnaireId: id() }),
	permission: 'evaluation.respond',
	scope: (ctx, input) => {
		const scope = questionnaireScope(ctx, input);
		// a draft is not shown to those who answer
		if (scope.questionnaire.status === 'draft') throw new DomainError('evaluation_error_questionnaire_not_found', 'form');
		return scope;
	},
	run: ({ actor, scope }, input) => submitResponse(scope.questionnaire.id, actor.user!.id, readAnswers(input, scope.questionnaire))
});
