import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { addQuestion, hasResponded, removeQuestion, setQuestionnaireStatus } from '$lib/server/evaluation/questionnaires';
import { questionnaireResults } from '$lib/server/evaluation/results';
import { userInAudience } from '$lib/server/evaluation/audience';
import { listColleges } from '$lib/server/councils/colleges';
import { questionEditSchema, questionIdSchema, questionMoveSchema, questionSchema } from '$lib/schemas/evaluation';
import { moveQuestion, updateQuestion } from '$lib/server/evaluation/question-edit';
import { m } from '$lib/paraglide/messages';
import { campaignContext, parseId, planRights, refusal } from '../../../../shared.server';
import type { RequestEvent } from '@sveltejs/kit';

function questionnaireContext(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>, action: 'plans.read' | 'evaluation.manage' = 'plans.read') {
	const ctx = campaignContext(event, action);
	const results = questionnaireResults(parseId(event.params.questionnaireId));
	if (!results || results.questionnaire.campaignId !== ctx.campaign.id) error(404, 'not_found');
	return { ...ctx, results };
}

export const load: PageServerLoad = (event) => {
	const ctx = questionnaireContext(event);
	const rights = planRights(ctx);
	if (ctx.results.questionnaire.status === 'draft' && !rights.evaluate) error(404, 'not_found');
	const colleges = listColleges(ctx.council.id);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		results: ctx.results,
		collegeNames: colleges.filter((c) => ctx.results.questionnaire.collegeIds.includes(c.id)).map((c) => c.name),
		rights,
		responded: ctx.actor.user ? hasResponded(ctx.results.questionnaire.id, ctx.actor.user.id) : false,
		/** offered "Answer" only when the questionnaire is addressed to this person (audience.ts) */
		inAudience: !!ctx.actor.user && rights.respond && userInAudience(ctx.results.questionnaire, ctx.council.id, ctx.actor.user.id)
	};
};

export const actions: Actions = {
	addQuestion: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, questionSchema);
		if (!form.ok) return form.failure;
		try {
			addQuestion(results.questionnaire.id, { ...form.data, options: form.data.options.split(/\r?\n/) }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { added: true };
	},
	removeQuestion: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, questionIdSchema);
		if (!form.ok) return form.failure;
		if (!results.questionnaire.questions.some((q) => q.id === form.data.questionId)) error(404, 'not_found');
		try {
			removeQuestion(form.data.questionId, actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { removed: true };
	},
	editQuestion: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, questionEditSchema);
		if (!form.ok) return form.failure;
		if (!results.questionnaire.questions.some((q) => q.id === form.data.questionId)) error(404, 'not_found');
		try {
			const { questionId, ...question } = form.data;
			const row = updateQuestion(questionId, { ...question, options: question.options.split(/\r?\n/) }, actor.user!.id);
			return { announce: m.evaluation_question_updated({ label: row.label }) };
		} catch (e) {
			return refusal(e, form.values);
		}
	},
	moveQuestion: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		const form = await parseForm(event.request, questionMoveSchema);
		if (!form.ok) return form.failure;
		const question = results.questionnaire.questions.find((q) => q.id === form.data.questionId);
		if (!question) error(404, 'not_found');
		try {
			const moved = moveQuestion(question.id, form.data.direction, actor.user!.id);
			if (!moved.moved) return { announce: m.evaluation_question_cannot_move({ label: question.label }) };
			return { announce: m.evaluation_question_moved({ label: question.label, position: String(moved.position), count: String(moved.count) }) };
		} catch (e) {
			return refusal(e);
		}
	},
	open: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		try {
			setQuestionnaireStatus(results.questionnaire.id, 'open', actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { opened: true };
	},
	close: async (event) => {
		const { results, actor } = questionnaireContext(event, 'evaluation.manage');
		try {
			setQuestionnaireStatus(results.questionnaire.id, 'closed', actor.user!.id);
		} catch (e) {
			return refusal(e);
		}
		return { closed: true };
	}
};
