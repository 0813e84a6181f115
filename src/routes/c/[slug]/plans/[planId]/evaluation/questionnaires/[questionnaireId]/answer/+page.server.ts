import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formToObject } from '$lib/server/http/forms';
import { getQuestionnaire, hasResponded, submitResponse, type Answers } from '$lib/server/evaluation/questionnaires';
import { userInAudience } from '$lib/server/evaluation/audience';
import { listColleges } from '$lib/server/councils/colleges';
import { campaignContext, parseId, refusal } from '../../../../../shared.server';
import type { RequestEvent } from '@sveltejs/kit';

function context(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const ctx = campaignContext(event, 'evaluation.respond');
	const questionnaire = getQuestionnaire(parseId(event.params.questionnaireId));
	if (!questionnaire || questionnaire.campaignId !== ctx.campaign.id || questionnaire.status === 'draft') error(404, 'not_found');
	return { ...ctx, questionnaire };
}

export const load: PageServerLoad = (event) => {
	const { questionnaire, plan, actor, council } = context(event);
	const responded = hasResponded(questionnaire.id, actor.user!.id);
	// outside the audience: say to whom the questionnaire is addressed rather than offer a form that would be refused
	if (!responded && !userInAudience(questionnaire, council.id, actor.user!.id)) {
		const collegeNames = listColleges(council.id).filter((c) => questionnaire.collegeIds.includes(c.id)).map((c) => c.name);
		return { plan: { id: plan.id, title: plan.title }, questionnaire, responded, inAudience: false, collegeNames };
	}
	return { plan: { id: plan.id, title: plan.title }, questionnaire, responded, inAudience: true, collegeNames: [] as string[] };
};

/** Form fields q<id> → answers by question id: option indexes for choices, 1-5 for scales, text otherwise. */
function readAnswers(values: Record<string, string | string[]>, questionnaire: NonNullable<ReturnType<typeof getQuestionnaire>>): Answers {
	const answers: Answers = {};
	for (const q of questionnaire.questions) {
		const raw = values[`q${q.id}`];
		if (raw === undefined || raw === '') continue;
		if (q.kind === 'text') answers[q.id] = Array.isArray(raw) ? raw.join(' ') : raw;
		else if (q.kind === 'multiple') answers[q.id] = (Array.isArray(raw) ? raw : [raw]).map(Number);
		else answers[q.id] = Number(Array.isArray(raw) ? raw[0] : raw);
	}
	return answers;
}

export const actions: Actions = {
	default: async (event) => {
		const { questionnaire, actor, council, plan } = context(event);
		const values = formToObject(await event.request.formData());
		try {
			submitResponse(questionnaire.id, actor.user!.id, readAnswers(values, questionnaire));
		} catch (e) {
			return refusal(e, values);
		}
		redirect(303, `/c/${council.slug}/plans/${plan.id}/evaluation/questionnaires/${questionnaire.id}?answered=1`);
	}
};
