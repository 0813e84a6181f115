// Shared by the workshop pages: the workshop named in the URL (checked for the visitor, guests included),
// and service refusals turned into form errors next to the right field.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { councilContext, loginUrl } from '$lib/server/http/guard';
import { formFailure } from '$lib/server/http/forms';
import { loadWorkshop, type LoadedWorkshop } from '$lib/server/workshops/access';
import { DomainError } from '$lib/server/errors';
import type { Actor } from '$lib/server/auth/permissions';
import { formatDateTime } from '$lib/i18n/format';
import { t } from '$lib/i18n/translate';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

/** The council and the workshop of the URL; anonymous visitors are sent to log in, others get a 404. */
export function workshopContext(event: Event): LoadedWorkshop & { actor: Actor } {
	const { actor } = councilContext(event, event.params.slug!);
	try {
		const loaded = loadWorkshop(parseId(event.params.id), actor);
		if (loaded.council.slug !== event.params.slug) error(404, 'not_found');
		return { ...loaded, actor };
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		if (!event.locals.user) redirect(303, loginUrl(event.url));
		error(404, 'not_found');
	}
}

const STATUS: Record<string, number> = {
	workshops_error_forbidden: 403,
	workshops_error_proposal_author: 403,
	workshops_error_not_found: 404,
	workshops_error_contribution_not_found: 404,
	workshops_error_meeting_not_found: 404,
	workshops_error_notes_conflict: 409
};

/** Service params as strings for the message; an ISO date becomes a Paris date and time. */
function params(p: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(p).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? formatDateTime(new Date(v)) : String(v)])
	);
}

/** A refusal from a service → 4xx with the message next to its field (or at the top of the form). */
export function refusal(e: unknown, values: Record<string, unknown> = {}) {
	if (!(e instanceof DomainError)) throw e;
	return formFailure({ [e.field]: t(e.code, params(e.params)) }, values, STATUS[e.code] ?? 400);
}

/** Runs a service; refusals come back next to the form that was sent (values.intent says which). */
export function run(fn: () => unknown, values: Record<string, unknown>) {
	try {
		fn();
	} catch (e) {
		return refusal(e, values);
	}
	return { ok: true as const, intent: values.intent as string | undefined };
}
