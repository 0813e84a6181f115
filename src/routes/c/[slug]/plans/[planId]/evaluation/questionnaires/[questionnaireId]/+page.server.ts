import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { hasResponded } from '$lib/server/evaluation/questionnaires';
import { addQuestion, closeQuestionnaire, editQuestion, moveQuestion, openQuestionnaire, publishExcerpt, remindQuestionnaire, removeQuestion, withdrawExcerpt } from '$lib/server/evaluation/actions';
import { formAction } from '$lib/server/actions/form';
import { questionnaireResults } from '$lib/server/evaluation/results';
import { userInAudience } from '$lib/server/evaluation/audience';
import { listColleges } from '$lib/server/councils/colleges';
import { m } from '$lib/paraglide/messages';
import { campaignContext, parseId, planOfUrl, planRights, questionnaireOfUrl } from '../../../../shared.server';
import type { RequestEvent } from '@sveltejs/kit';

function questionnaireContext(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const ctx = campaignContext(event);
	// the free-text answers themselves only for those who may read them; everyone else reads the published excerpts
	const results = questionnaireResults(parseId(event.params.questionnaireId), { readPrivate: planRights(ctx).readPrivate });
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
	addQuestion: formAction(addQuestion, { input: questionnaireOfUrl, done: () => ({ added: true }) }),
	removeQuestion: formAction(removeQuestion, { input: questionnaireOfUrl, done: () => ({ removed: true }) }),
	editQuestion: formAction(editQuestion, { input: questionnaireOfUrl, done: (row) => ({ announce: m.evaluation_question_updated({ label: row.label }) }) }),
	moveQuestion: formAction(moveQuestion, {
		input: questionnaireOfUrl,
		done: (d) =>
			d.moved
				? { announce: m.evaluation_question_moved({ label: d.label, position: String(d.position), count: String(d.count) }) }
				: { announce: m.evaluation_question_cannot_move({ label: d.label }) }
	}),
	open: formAction(openQuestionnaire, { input: questionnaireOfUrl, done: () => ({ opened: true }) }),
	close: formAction(closeQuestionnaire, { input: questionnaireOfUrl, done: () => ({ closed: true }) }),
	remind: formAction(remindQuestionnaire, { input: questionnaireOfUrl, done: (d) => ({ reminded: d.reminded, skipped: d.skipped }) }),
	publishExcerpt: formAction(publishExcerpt, { input: planOfUrl, done: () => ({ excerpt: 'published' }) }),
	withdrawExcerpt: formAction(withdrawExcerpt, { input: planOfUrl, done: () => ({ excerpt: 'withdrawn' }) })
};
