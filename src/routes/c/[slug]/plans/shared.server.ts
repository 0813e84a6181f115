// Shared by the plan pages: the plan (and indicator) named in the URL, checked against the council, for their
// loads and downloads; the ids of the URL handed to the declared actions.
import { error, type RequestEvent } from '@sveltejs/kit';
import { councilContext, requireCouncil } from '$lib/server/http/guard';
import { can, type Action } from '$lib/server/auth/permissions';
import { getCouncilPlan } from '$lib/server/plans/plans';
import { getIndicator } from '$lib/server/plans/indicators';
import { planVisibleTo, withVisibleLinks } from '$lib/server/plans/visibility';
import { getCampaignByPlan } from '$lib/server/evaluation/campaigns';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

/**
 * The council and the plan of the URL, after checking `action`; 404 when the plan is not the council's or is a
 * draft the actor may not see (plans/visibility.ts). Its predecessor and successor links are those the actor sees.
 */
export function planContext(event: Event, action: Action = 'plans.read') {
	const { council, actor } = requireCouncil(event, event.params.slug!, action);
	const plan = getCouncilPlan(council.id, parseId(event.params.planId));
	if (!plan || !planVisibleTo(actor, council, plan)) error(404, 'not_found');
	return { council, actor, plan: withVisibleLinks(actor, council, plan) };
}

/**
 * planContext for downloads (CSV, JSON, PDF): a data client is answered 401 (anonymous) or 403 rather than
 * redirected to the login page; a plan it may not see is 404 as on the pages.
 */
export function exportContext(event: Event) {
	const { council, actor } = councilContext(event, event.params.slug!);
	if (!can(actor, 'plans.read', council)) error(event.locals.user ? 403 : 401, event.locals.user ? 'forbidden' : 'unauthenticated');
	return planContext(event);
}

export function indicatorContext(event: Event, action: Action = 'plans.read') {
	const ctx = planContext(event, action);
	const indicator = getIndicator(parseId(event.params.indicatorId));
	if (!indicator || indicator.planId !== ctx.plan.id) error(404, 'not_found');
	return { ...ctx, indicator };
}

type UrlEvent = { params: Partial<Record<string, string>> };

/** The ids of the URL, for the actions that act on them (each action looks them up again within the council). */
export const planOfUrl = (event: UrlEvent) => ({ planId: event.params.planId });
export const indicatorOfUrl = (event: UrlEvent) => ({ planId: event.params.planId, indicatorId: event.params.indicatorId });
export const questionnaireOfUrl = (event: UrlEvent) => ({ planId: event.params.planId, questionnaireId: event.params.questionnaireId });

/** What the visitor may do on plan pages (the UI hides what is refused; every action checks again). */
export function planRights(ctx: { actor: Parameters<typeof can>[0]; council: { isPublic: boolean } }) {
	return {
		manage: can(ctx.actor, 'plans.manage', ctx.council),
		measure: can(ctx.actor, 'indicators.measure', ctx.council),
		evaluate: can(ctx.actor, 'evaluation.manage', ctx.council),
		respond: can(ctx.actor, 'evaluation.respond', ctx.council),
		/** interview notes and participants, free-text answers (else only the published excerpts) */
		readPrivate: can(ctx.actor, 'evaluation.readPrivate', ctx.council)
	};
}

/** The plan of the URL and its evaluation campaign (404 when there is none). */
export function campaignContext(event: Event, action: Action = 'plans.read') {
	const ctx = planContext(event, action);
	const campaign = getCampaignByPlan(ctx.plan.id);
	if (!campaign) error(404, 'not_found');
	return { ...ctx, campaign };
}
