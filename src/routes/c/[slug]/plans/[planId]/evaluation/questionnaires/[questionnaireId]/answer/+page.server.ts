import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getQuestionnaire, hasResponded } from '$lib/server/evaluation/questionnaires';
import { respondQuestionnaire } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { userInAudience } from '$lib/server/evaluation/audience';
import { listColleges } from '$lib/server/councils/colleges';
import { campaignContext, parseId, questionnaireOfUrl } from '../../../../../shared.server';
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
		const collegeNames = listColleges(council.id)
			.filter((c) => questionnaire.collegeIds.includes(c.id))
			.map((c) => c.name);
		return { plan: { id: plan.id, title: plan.title }, questionnaire, responded, inAudience: false, collegeNames };
	}
	return { plan: { id: plan.id, title: plan.title }, questionnaire, responded, inAudience: true, collegeNames: [] as string[] };
};

export const actions: Actions = {
	default: formAction(respondQuestionnaire, {
		input: questionnaireOfUrl,
		done: (_, { council, event }) => redirect(303, `/c/${council!.slug}/plans/${event.params.planId}/evaluation/questionnaires/${event.params.questionnaireId}?answered=1`)
	})
};
