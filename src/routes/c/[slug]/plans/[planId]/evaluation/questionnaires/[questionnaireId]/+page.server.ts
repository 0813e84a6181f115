import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { addQuestion, hasResponded, removeQuestion, setQuestionnaireStatus } from '$lib/server/evaluation/questionnaires';
import { questionnaireResults } from '$lib/server/evaluation/results';
import { listColleges } from '$lib/server/councils/colleges';
import { questionIdSchema, questionSchema } from '$lib/schemas/evaluation';
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
		responded: ctx.actor.user ? hasResponded(ctx.results.questionnaire.id, ctx.actor.user.id) : false
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
