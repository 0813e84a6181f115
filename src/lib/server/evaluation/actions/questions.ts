// The questions of a draft questionnaire: added, edited, moved up or down, removed (options one per line).
import { questionEditSchema, questionIdSchema, questionMoveSchema, questionSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addQuestion as add, removeQuestion as remove } from '../questionnaires';
import { moveQuestion as move, updateQuestion } from '../question-edit';
import { questionnaireScope, questionScope } from './scope';

const ids = { planId: id(), questionnaireId: id() };
const options = (raw: string) => raw.split(/\r?\n/);

export const addQuestion = defineAction({
	name: 'evaluation.addQuestion',
	input: questionSchema.extend(ids),
	permission: 'evaluation.manage',
	scope: questionnaireScope,
	run: ({ actor, scope }, { kind, label, required, options: raw }) => {
		add(scope.questionnaire.id, { kind, label, required, options: options(raw) }, actor.user!.id);
	}
});

export const editQuestion = defineAction({
	name: 'evaluation.editQuestion',
	input: questionEditSchema.extend(ids),
	permission: 'evaluation.manage',
	scope: questionScope,
	run: ({ actor, scope }, { kind, label, required, options: raw }) => updateQuestion(scope.question.id, { kind, label, required, options: options(raw) }, actor.user!.id)
});

export const moveQuestion = defineAction({
	name: 'evaluation.moveQuestion',
	input: questionMoveSchema.extend(ids),
	permission: 'evaluation.manage',
	scope: questionScope,
	run: ({ actor, scope }, { direction }) => ({ label: scope.question.label, ...move(scope.question.id, direction, actor.user!.id) })
});

export const removeQuestion = defineAction({
	name: 'evaluation.removeQuestion',
	input: questionIdSchema.extend(ids),
	permission: 'evaluation.manage',
	scope: questionScope,
	run: ({ actor, scope }) => remove(scope.question.id, actor.user!.id)
});
