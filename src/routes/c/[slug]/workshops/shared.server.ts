// Shared by the workshop pages: the workshop named in the URL (checked for the visitor, guests included),
// for the loads; the ids of the URL for the actions (which look them up again within the council).
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { councilContext, loginUrl, parseId } from '$lib/server/http/guard';
import { loadWorkshop, type LoadedWorkshop } from '$lib/server/workshops/access';
import { DomainError } from '$lib/server/errors';
import type { Actor } from '$lib/server/auth/permissions';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

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

/** The workshop of the URL, as the input of an action (looked up again within the council by the action's scope). */
export const workshopOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ workshopId: event.params.id });

/** The workshop and the meeting of the URL, as the input of an action. */
export const meetingOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ workshopId: event.params.id, meetingId: event.params.meetingId });
