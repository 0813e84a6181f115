// The proposal wizard: title → proposals that look similar → text with preview → themes, levers and
// co-authors → review → save as draft or submit (the proposals.write action). Each step is a form post (the values
// of the other steps travel in hidden fields), so it works the same with or without JavaScript.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formToObject, issuesToFieldErrors, type FieldErrors } from '$lib/server/http/forms';
import { writerOptions } from '$lib/server/proposals/options';
import { similarProposals } from '$lib/server/proposals/similar';
import { coauthorsByIds, searchCoauthors } from '$lib/server/proposals/coauthors';
import { execute } from '$lib/server/actions/execute';
import { writeProposal } from '$lib/server/proposals/actions';
import { renderMarkdown } from '$lib/server/markdown/render';
import { BODY_MAX, SUMMARY_MAX, WIZARD_STEPS, wizardNavSchema, wizardStepSchemas, type WizardStep } from '$lib/schemas/proposals';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
	const options = writerOptions(council.id, actor.user!.id);
	// one key for this proposal: the wizard sent twice (double click, retry) still writes one proposal
	const submissionKey = crypto.randomUUID();
	return { themes: options.themes, levers: options.levers, organisation: options.organisation, limits: { title: 200, summary: SUMMARY_MAX, body: BODY_MAX }, submissionKey };
};

const index = (step: WizardStep) => WIZARD_STEPS.indexOf(step);
const ids = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);

/** Checks every step up to `upTo`; the first step with an error, and the errors. */
function check(values: Record<string, unknown>, upTo: WizardStep, themeIds: Set<number>): { step: WizardStep; errors: FieldErrors } | null {
	for (const step of ['title', 'text', 'tags'] as const) {
		if (index(step) > index(upTo)) break;
		const parsed = wizardStepSchemas[step].safeParse(values);
		if (!parsed.success) return { step, errors: issuesToFieldErrors(parsed.error.issues) };
		if (step === 'tags' && !ids(values.themeIds).some((id) => themeIds.has(id))) return { step, errors: { themeIds: t('proposals_error_theme_required') } };
	}
	return null;
}

const FIELD_STEP: Record<string, WizardStep> = { title: 'title', summary: 'text', body: 'text', links: 'text', themeIds: 'tags', leverIds: 'tags', coauthorIds: 'tags' };

export const actions: Actions = {
	default: async (event) => {
		const { council, actor } = requireCouncil(event, event.params.slug, 'proposals.create');
		const values = formToObject(await event.request.formData());
		const nav = wizardNavSchema.parse(values);
		const themes = new Set(writerOptions(council.id, actor.user!.id).themes.map((th) => th.id));
		const coauthors = () => coauthorsByIds(council.id, ids(values.coauthorIds));
		const body = typeof values.body === 'string' ? values.body : '';
		const preview = () => (body.trim() ? renderMarkdown(body, { headingOffset: 2 }) : '');
		const show = (step: WizardStep) => ({
			step,
			values,
			coauthors: coauthors(),
			similar: step === 'similar' ? similarProposals(council.id, String(values.title ?? '')) : [],
			preview: step === 'review' || nav.go === 'preview' ? preview() : ''
		});
		const refuse = (step: WizardStep, errors: FieldErrors) => fail(400, { ...show(step), errors });

		if (nav.go === 'back') return show(WIZARD_STEPS[Math.max(0, index(nav.step) - 1)]);
		if (nav.go === 'preview') return show('text');
		if (nav.go === 'search') return { ...show('tags'), results: searchCoauthors(council.id, actor.user!.id, nav.coauthorQuery), query: nav.coauthorQuery };
		if (nav.go === 'next') {
			const problem = check(values, nav.step, themes);
			if (problem) return refuse(problem.step, problem.errors);
			return show(WIZARD_STEPS[Math.min(WIZARD_STEPS.length - 1, index(nav.step) + 1)]);
		}
		// draft or submit: everything is checked again, then the proposal is written by the declared action
		const problem = check(values, 'review', themes);
		if (problem) return refuse(problem.step, problem.errors);
		const result = await execute(actor, council, writeProposal, { ...values, submit: nav.go === 'submit' ? 'on' : '' });
		if (!result.ok) {
			const errors = result.errors ?? { [result.field]: t(result.code, result.params) };
			const field = Object.keys(errors)[0];
			return fail(result.status, { ...show(FIELD_STEP[field] ?? 'review'), errors });
		}
		redirect(303, `/c/${council.slug}/proposals/${result.data.id}?saved=1`);
	}
};
