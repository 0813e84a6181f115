// Questionnaires of an evaluation: a builder (single choice, multiple choice, 1-5 scale, free text), an
// audience (all members, chosen colleges, the steering committee), optional anonymity, one response per person.
// Anonymity: the participation row says THAT someone answered; the response row (random id, no user, no
// time) says WHAT was answered; nothing joins them.
import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { plans } from '../plans/tables';
import { colleges } from '../councils/tables';
import { evaluationCampaigns, questionnaireColleges, questionnaireParticipations, questionnaireQuestions, questionnaireResponses, questionnaires } from './tables';
import { writableCampaign } from './campaigns';
import { inAudience } from './audience';
import { AUDIENCES, clean, oneOf, QUESTION_KINDS, type Audience, type QuestionKind, type QuestionnaireStatus } from './values';

export type QuestionnaireRow = typeof questionnaires.$inferSelect;
export type QuestionRow = typeof questionnaireQuestions.$inferSelect;
export type NewQuestionnaire = { title: string; intro?: string; audience: Audience; collegeIds?: number[]; anonymous: boolean };
export type NewQuestion = { kind: QuestionKind; label: string; required?: boolean; options?: string[] };
export type Answers = Record<string, number | number[] | string>;

export function loadQuestionnaire(tx: Tx, questionnaireId: number) {
	const q = tx.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId)).get();
	if (!q) throw new DomainError('evaluation_error_questionnaire_not_found', 'form');
	const campaign = writableCampaign(tx, q.campaignId);
	return { ...q, councilId: campaign.councilId, planId: campaign.planId };
}

function draftQuestionnaire(tx: Tx, questionnaireId: number) {
	const q = loadQuestionnaire(tx, questionnaireId);
	if (q.status !== 'draft') throw new DomainError('evaluation_error_questionnaire_not_draft', 'form');
	return q;
}

export function createQuestionnaire(campaignId: number, input: NewQuestionnaire, actorId: number | null): QuestionnaireRow {
	const title = clean(input.title, 'title', 200);
	const intro = clean(input.intro, 'intro', 5000, true);
	const audience = oneOf(AUDIENCES, input.audience, 'audience');
	const collegeIds = [...new Set(input.collegeIds ?? [])];
	if (audience === 'colleges' && collegeIds.length === 0) throw new DomainError('evaluation_error_colleges_required', 'collegeIds');
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		// the chosen colleges must be this council's (an id of another council or none at all is refused, not stored)
		if (audience === 'colleges') {
			const found = tx
				.select({ id: colleges.id })
				.from(colleges)
				.where(and(inArray(colleges.id, collegeIds), eq(colleges.councilId, campaign.councilId)))
				.all();
			if (found.length !== collegeIds.length) throw new DomainError('evaluation_error_college_not_found', 'collegeIds');
		}
		const row = tx.insert(questionnaires).values({ campaignId, title, intro, audience, anonymous: input.anonymous, createdBy: actorId }).returning().get();
		if (audience === 'colleges') for (const collegeId of collegeIds) tx.insert(questionnaireColleges).values({ questionnaireId: row.id, collegeId }).run();
		recordAudit(tx, {
			councilId: campaign.councilId,
			actorId,
			action: 'questionnaire.create',
			entityType: 'questionnaire',
			entityId: row.id,
			details: { title, audience, anonymous: input.anonymous }
		});
		return { row, campaign };
	});
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId });
	return result.row;
}

export function cleanQuestion(input: NewQuestion) {
	const kind = oneOf(QUESTION_KINDS, input.kind, 'kind');
	const label = clean(input.label, 'label', 500);
	const options = kind === 'single' || kind === 'multiple' ? (input.options ?? []).map((o) => o.trim()).filter(Boolean) : [];
	if ((kind === 'single' || kind === 'multiple') && options.length < 2) throw new DomainError('evaluation_error_options_required', 'options');
	if (options.some((o) => o.length > 200)) throw new DomainError('plans_error_too_long', 'options', { max: 200 });
	if (new Set(options).size !== options.length) throw new DomainError('evaluation_error_options_duplicate', 'options');
	return { kind, label, options, required: input.required ?? true };
}

export function addQuestion(questionnaireId: number, input: NewQuestion, actorId: number | null): QuestionRow {
	const values = cleanQuestion(input);
	return db().transaction((tx) => {
		const q = draftQuestionnaire(tx, questionnaireId);
		const position =
			tx
				.select({ n: sql<number>`coalesce(max(${questionnaireQuestions.position}) + 1, 0)` })
				.from(questionnaireQuestions)
				.where(eq(questionnaireQuestions.questionnaireId, questionnaireId))
				.get()?.n ?? 0;
		const row = tx
			.insert(questionnaireQuestions)
			.values({ questionnaireId, position, ...values })
			.returning()
			.get();
		recordAudit(tx, { councilId: q.councilId, actorId, action: 'questionnaire.question', entityType: 'questionnaire', entityId: questionnaireId, details: { questionId: row.id, kind: values.kind } });
		return row;
	});
}

export function removeQuestion(questionId: number, actorId: number | null): void {
	db().transaction((tx) => {
		const question = tx.select().from(questionnaireQuestions).where(eq(questionnaireQuestions.id, questionId)).get();
		if (!question) throw new DomainError('evaluation_error_question_not_found', 'form');
		const q = draftQuestionnaire(tx, question.questionnaireId);
		tx.delete(questionnaireQuestions).where(eq(questionnaireQuestions.id, questionId)).run();
		recordAudit(tx, { councilId: q.councilId, actorId, action: 'questionnaire.question_remove', entityType: 'questionnaire', entityId: q.id, details: { questionId } });
	});
}

/** draft → open (needs at least one question) → closed. */
export function setQuestionnaireStatus(questionnaireId: number, to: 'open' | 'closed', actorId: number | null): void {
	const q = db().transaction((tx) => {
		const row = loadQuestionnaire(tx, questionnaireId);
		const allowed = (row.status === 'draft' && to === 'open') || (row.status === 'open' && to === 'closed');
		if (!allowed) throw new DomainError('plans_error_bad_transition', 'form', { from: row.status, to });
		if (to === 'open' && !tx.select({ id: questionnaireQuestions.id }).from(questionnaireQuestions).where(eq(questionnaireQuestions.questionnaireId, questionnaireId)).get())
			throw new DomainError('evaluation_error_no_questions', 'form');
		const now = new Date();
		tx.update(questionnaires)
			.set(to === 'open' ? { status: to, openedAt: now } : { status: to, closedAt: now })
			.where(eq(questionnaires.id, questionnaireId))
			.run();
		recordAudit(tx, { councilId: row.councilId, actorId, action: `questionnaire.${to}`, entityType: 'questionnaire', entityId: questionnaireId, details: { from: row.status } });
		return row;
	});
	publish({ type: 'evaluation.changed', councilId: q.councilId, planId: q.planId, campaignId: q.campaignId });
}

function checkAnswers(questions: QuestionRow[], answers: Answers): Answers {
	const out: Answers = {};
	for (const question of questions) {
		const raw = answers[String(question.id)];
		const field = `q${question.id}`;
		const empty = raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0);
		if (empty) {
			if (question.required) throw new DomainError('evaluation_error_answer_required', field);
			continue;
		}
		const isOption = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < question.options.length;
		if (question.kind === 'single') {
			if (!isOption(raw)) throw new DomainError('plans_error_invalid_choice', field);
			out[question.id] = raw;
		} else if (question.kind === 'multiple') {
			const list = Array.isArray(raw) ? [...new Set(raw)] : [raw];
			if (!list.every(isOption)) throw new DomainError('plans_error_invalid_choice', field);
			out[question.id] = (list as number[]).sort((a, b) => a - b);
		} else if (question.kind === 'scale') {
			if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > 5) throw new DomainError('evaluation_error_bad_scale', field);
			out[question.id] = raw;
		} else {
			const text = typeof raw === 'string' ? raw.trim() : '';
			if (text.length > 5000) throw new DomainError('plans_error_too_long', field, { max: 5000 });
			if (text) out[question.id] = text;
			else if (question.required) throw new DomainError('evaluation_error_answer_required', field);
		}
	}
	return out;
}

/** Records one person's response; a second response is refused (unique indexes back this up). */
export function submitResponse(questionnaireId: number, userId: number, answers: Answers): { responses: number } {
	const result = db().transaction((tx) => {
		const q = loadQuestionnaire(tx, questionnaireId);
		if (q.status !== 'open') throw new DomainError('evaluation_error_questionnaire_not_open', 'form');
		if (!inAudience(tx, q, q.councilId, userId)) throw new DomainError('evaluation_error_not_in_audience', 'form');
		// a second response is refused as such, whatever it holds (not with a complaint about its answers)
		if (
			tx
				.select({ id: questionnaireParticipations.id })
				.from(questionnaireParticipations)
				.where(and(eq(questionnaireParticipations.questionnaireId, questionnaireId), eq(questionnaireParticipations.userId, userId)))
				.get()
		)
			throw new DomainError('evaluation_error_already_responded', 'form');
		const questions = tx.select().from(questionnaireQuestions).where(eq(questionnaireQuestions.questionnaireId, questionnaireId)).all();
		const clean = checkAnswers(questions, answers);
		const now = new Date();
		tx.insert(questionnaireParticipations).values({ questionnaireId, userId, respondedAt: now }).run();
		tx.insert(questionnaireResponses)
			.values({ id: randomInt(1, 2 ** 47), questionnaireId, userId: q.anonymous ? null : userId, submittedAt: q.anonymous ? null : now, answers: clean })
			.run();
		const responses =
			tx
				.select({ n: sql<number>`count(*)` })
				.from(questionnaireParticipations)
				.where(eq(questionnaireParticipations.questionnaireId, questionnaireId))
				.get()?.n ?? 0;
		return { q, responses };
	});
	publish({ type: 'questionnaire.responded', councilId: result.q.councilId, questionnaireId, responses: result.responses });
	return { responses: result.responses };
}

export function hasResponded(questionnaireId: number, userId: number): boolean {
	return !!db()
		.select({ id: questionnaireParticipations.id })
		.from(questionnaireParticipations)
		.where(and(eq(questionnaireParticipations.questionnaireId, questionnaireId), eq(questionnaireParticipations.userId, userId)))
		.get();
}

export type QuestionnaireDetail = QuestionnaireRow & {
	status: QuestionnaireStatus;
	audience: Audience;
	councilId: number;
	planId: number;
	collegeIds: number[];
	questions: (QuestionRow & { kind: QuestionKind })[];
	responses: number;
};

export function getQuestionnaire(questionnaireId: number): QuestionnaireDetail | undefined {
	const d = db();
	const q = d.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId)).get();
	if (!q) return undefined;
	const ids = d
		.select({ planId: plans.id, councilId: plans.councilId })
		.from(evaluationCampaigns)
		.innerJoin(plans, eq(plans.id, evaluationCampaigns.planId))
		.where(eq(evaluationCampaigns.id, q.campaignId))
		.get()!;
	const questions = d
		.select()
		.from(questionnaireQuestions)
		.where(eq(questionnaireQuestions.questionnaireId, questionnaireId))
		.orderBy(asc(questionnaireQuestions.position), asc(questionnaireQuestions.id))
		.all();
	const collegeIds = d
		.select({ id: questionnaireColleges.collegeId })
		.from(questionnaireColleges)
		.where(eq(questionnaireColleges.questionnaireId, questionnaireId))
		.all()
		.map((r) => r.id);
	const responses =
		d
			.select({ n: sql<number>`count(*)` })
			.from(questionnaireParticipations)
			.where(eq(questionnaireParticipations.questionnaireId, questionnaireId))
			.get()?.n ?? 0;
	return {
		...q,
		status: q.status as QuestionnaireStatus,
		audience: q.audience as Audience,
		councilId: ids.councilId,
		planId: ids.planId,
		collegeIds,
		questions: questions.map((x) => ({ ...x, kind: x.kind as QuestionKind })),
		responses
	};
}

export type QuestionnaireListItem = QuestionnaireRow & { status: QuestionnaireStatus; audience: Audience; responses: number; questionCount: number };

export function listQuestionnaires(campaignId: number): QuestionnaireListItem[] {
	return db()
		.select({
			q: questionnaires,
			responses: sql<number>`(select count(*) from questionnaire_participations qp where qp.questionnaire_id = "questionnaires"."id")`,
			questionCount: sql<number>`(select count(*) from questionnaire_questions qq where qq.questionnaire_id = "questionnaires"."id")`
		})
		.from(questionnaires)
		.where(eq(questionnaires.campaignId, campaignId))
		.orderBy(asc(questionnaires.id))
		.all()
		.map(({ q, responses, questionCount }) => ({ ...q, status: q.status as QuestionnaireStatus, audience: q.audience as Audience, responses, questionCount }));
}

/** Open questionnaires of a council that this person may answer, with whether they already did. */
export function openQuestionnairesFor(councilId: number, userId: number, campaignId: number): { id: number; title: string; responded: boolean }[] {
	const d = db();
	const rows = d
		.select()
		.from(questionnaires)
		.where(and(eq(questionnaires.campaignId, campaignId), eq(questionnaires.status, 'open')))
		.all();
	const answered = rows.length
		? new Set(
				d
					.select({ id: questionnaireParticipations.questionnaireId })
					.from(questionnaireParticipations)
					.where(
						and(
							inArray(
								questionnaireParticipations.questionnaireId,
								rows.map((r) => r.id)
							),
							eq(questionnaireParticipations.userId, userId)
						)
					)
					.all()
					.map((r) => r.id)
			)
		: new Set<number>();
	return rows.filter((q) => inAudience(d, q, councilId, userId)).map((q) => ({ id: q.id, title: q.title, responded: answered.has(q.id) }));
}
