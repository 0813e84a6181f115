// Aggregated results of a questionnaire (never who answered what) and their CSV export. Free-text answers are
// internal ('evaluation.readPrivate'): the others read the excerpts the evaluation published (excerpts.ts).
import { eq } from 'drizzle-orm';
import { csvDocument, type CsvDialect } from '../csv';
import { db } from '../db/client';
import { questionnaireResponses } from './tables';
import { questionExcerpts, type Excerpt } from './excerpts';
import { questionnaireRate, type ResponseRate } from './response-rate';
import { getQuestionnaire, type QuestionnaireDetail } from './questionnaires';
import type { QuestionKind } from './values';

export type QuestionResult = {
	id: number;
	kind: QuestionKind;
	label: string;
	/** how many responses answered this question */
	answered: number;
	/** single/multiple: one count per option; scale: counts of 1..5 */
	counts: { label: string; count: number }[];
	/** scale: the mean, null without answers */
	mean: number | null;
	/** free text answers, sorted (never with their author); empty unless the reader may read them (readPrivate) */
	texts: string[];
	/** free text: the excerpts the evaluation published */
	excerpts: Excerpt[];
};

export type QuestionnaireResults = { questionnaire: QuestionnaireDetail; responses: number; questions: QuestionResult[]; rate: ResponseRate; readPrivate: boolean };

/** The results; `readPrivate` (the reader may: auth/permissions.ts) adds the free-text answers themselves. */
export function questionnaireResults(questionnaireId: number, options: { readPrivate: boolean } = { readPrivate: false }): QuestionnaireResults | undefined {
	const questionnaire = getQuestionnaire(questionnaireId);
	if (!questionnaire) return undefined;
	const excerpts = questionExcerpts(
		db(),
		questionnaire.questions.filter((q) => q.kind === 'text').map((q) => q.id)
	);
	const rows = db().select({ answers: questionnaireResponses.answers }).from(questionnaireResponses).where(eq(questionnaireResponses.questionnaireId, questionnaireId)).all();
	const questions = questionnaire.questions.map((q): QuestionResult => {
		const labels = q.kind === 'scale' ? ['1', '2', '3', '4', '5'] : q.options;
		const counts = labels.map((label) => ({ label, count: 0 }));
		const texts: string[] = [];
		let answered = 0;
		let sum = 0;
		for (const { answers } of rows) {
			const a = answers[String(q.id)];
			if (a === undefined) continue;
			answered++;
			if (q.kind === 'single' && typeof a === 'number' && counts[a]) counts[a].count++;
			else if (q.kind === 'multiple' && Array.isArray(a)) {
				for (const i of a) if (counts[i]) counts[i].count++;
			} else if (q.kind === 'scale' && typeof a === 'number' && counts[a - 1]) {
				counts[a - 1].count++;
				sum += a;
			} else if (q.kind === 'text' && typeof a === 'string' && options.readPrivate) texts.push(a);
		}
		texts.sort((x, y) => x.localeCompare(y, 'fr'));
		return {
			id: q.id,
			kind: q.kind,
			label: q.label,
			answered,
			counts: q.kind === 'text' ? [] : counts,
			mean: q.kind === 'scale' && answered ? sum / answered : null,
			texts,
			excerpts: excerpts.filter((e) => e.questionId === q.id)
		};
	});
	return { questionnaire, responses: questionnaire.responses, questions, rate: questionnaireRate(db(), questionnaire, questionnaire.councilId), readPrivate: options.readPrivate };
}

/**
 * One line per (question, option) count, and per free-text answer the results hold (only for readers who may read
 * them) or else per published excerpt; formulas neutralised; UTF-8 with BOM.
 */
export function resultsCsv(results: QuestionnaireResults, dialect: CsvDialect = 'standard'): string {
	const fields = ['question_id', 'question', 'kind', 'answered', 'option', 'count', 'mean', 'text'];
	const data: (string | number)[][] = [];
	for (const q of results.questions) {
		for (const c of q.counts) data.push([q.id, q.label, q.kind, q.answered, c.label, c.count, q.mean === null ? '' : Math.round(q.mean * 100) / 100, '']);
		for (const text of results.readPrivate ? q.texts : q.excerpts.map((e) => e.text)) data.push([q.id, q.label, q.kind, q.answered, '', '', '', text]);
	}
	return csvDocument(fields, data, dialect);
}
