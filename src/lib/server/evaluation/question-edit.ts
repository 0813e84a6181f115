// Editing and reordering a questionnaire's questions. Questions change only while nobody has answered: once
// a response exists, changing a question (or its options, whose order the answers point at) would change what
// people answered. In the state model (draft → open → closed) answers come in only once the questionnaire is
// open, and an open questionnaire keeps its questions, as adding and removing them already do.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { changedFields, recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { questionnaireParticipations, questionnaireQuestions } from './tables';
import { cleanQuestion, loadQuestionnaire, type NewQuestion, type QuestionRow } from './questionnaires';

export type MoveDirection = 'up' | 'down';

function questionRow(tx: Tx, questionId: number): QuestionRow {
	const question = tx.select().from(questionnaireQuestions).where(eq(questionnaireQuestions.id, questionId)).get();
	if (!question) throw new DomainError('evaluation_error_question_not_found', 'form');
	return question;
}

/** The questionnaire of the question, refused once someone has answered it or once it is open. */
function changeableQuestionnaire(tx: Tx, questionnaireId: number) {
	const q = loadQuestionnaire(tx, questionnaireId);
	const responses =
		tx
			.select({ n: sql<number>`count(*)` })
			.from(questionnaireParticipations)
			.where(eq(questionnaireParticipations.questionnaireId, questionnaireId))
			.get()?.n ?? 0;
	if (responses > 0) throw new DomainError('evaluation_error_questionnaire_has_responses', 'form', { count: responses });
	if (q.status !== 'draft') throw new DomainError('evaluation_error_questionnaire_not_draft', 'form');
	return q;
}

/** Changes a question's text, kind, options and whether it must be answered. */
export function updateQuestion(questionId: number, input: NewQuestion, actorId: number | null): QuestionRow {
	const values = cleanQuestion(input);
	const result = db().transaction((tx) => {
		const before = questionRow(tx, questionId);
		const q = changeableQuestionnaire(tx, before.questionnaireId);
		const changes = changedFields({ ...before, options: JSON.stringify(before.options) }, { ...values, options: JSON.stringify(values.options) }, ['kind', 'label', 'options', 'required']);
		if (!changes) return { row: before, q: null };
		const row = tx.update(questionnaireQuestions).set(values).where(eq(questionnaireQuestions.id, questionId)).returning().get();
		recordAudit(tx, { councilId: q.councilId, actorId, action: 'questionnaire.question_update', entityType: 'questionnaire', entityId: q.id, details: { questionId, changes } });
		return { row, q };
	});
	if (result.q) publish({ type: 'evaluation.changed', councilId: result.q.councilId, planId: result.q.planId, campaignId: result.q.campaignId });
	return result.row;
}

/** Moves a question one place up or down; returns its new place (1-based) among how many, or moved: false at an end. */
export function moveQuestion(questionId: number, direction: MoveDirection, actorId: number | null): { moved: boolean; position: number; count: number } {
	if (direction !== 'up' && direction !== 'down') throw new DomainError('plans_error_invalid_choice', 'direction');
	const result = db().transaction((tx) => {
		const question = questionRow(tx, questionId);
		const q = changeableQuestionnaire(tx, question.questionnaireId);
		const list = tx
			.select({ id: questionnaireQuestions.id })
			.from(questionnaireQuestions)
			.where(eq(questionnaireQuestions.questionnaireId, q.id))
			.orderBy(asc(questionnaireQuestions.position), asc(questionnaireQuestions.id))
			.all()
			.map((r) => r.id);
		const from = list.indexOf(questionId);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= list.length) return { moved: false, position: from + 1, count: list.length, q };
		list.splice(from, 1);
		list.splice(to, 0, questionId);
		// renumber every question 0..n-1 so the order is total even after removals
		list.forEach((id, position) =>
			tx
				.update(questionnaireQuestions)
				.set({ position })
				.where(and(eq(questionnaireQuestions.id, id), ne(questionnaireQuestions.position, position)))
				.run()
		);
		recordAudit(tx, { councilId: q.councilId, actorId, action: 'questionnaire.question_move', entityType: 'questionnaire', entityId: q.id, details: { questionId, from: from + 1, to: to + 1 } });
		return { moved: true, position: to + 1, count: list.length, q };
	});
	if (result.moved) publish({ type: 'evaluation.changed', councilId: result.q.councilId, planId: result.q.planId, campaignId: result.q.campaignId });
	return { moved: result.moved, position: result.position, count: result.count };
}
