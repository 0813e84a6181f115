// Route-side authorization: turns can() into a redirect to login (anonymous) or a 403 (forbidden).
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Action, type Actor, type CouncilScope } from '../auth/permissions';
import { activeRoles, getCouncilBySlug, type CouncilRow } from '../councils/councils';

export function actorOf(locals: App.Locals, councilId?: number): Actor {
	const user = locals.user ? { id: locals.user.id, isAdmin: locals.user.isAdmin } : null;
	return { user, roles: councilId ? activeRoles(councilId, user?.id) : [] };
}

/** A positive integer id from the URL's path; anything else is a 404. */
export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

export function loginUrl(url: URL): string {
	return `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

/** Throws a redirect to login for anonymous visitors and a 403 for others when the action is not allowed. */
export function authorize(event: Pick<RequestEvent, 'locals' | 'url'>, actor: Actor, action: Action, council?: CouncilScope): void {
	if (can(actor, action, council)) return;
	if (!event.locals.user) redirect(303, loginUrl(event.url));
	error(403, 'forbidden');
}

export type CouncilContext = { council: CouncilRow; actor: Actor };

/** Loads the council named in the URL and the actor's roles in it; 404 when it does not exist. */
export function councilContext(event: Pick<RequestEvent, 'locals' | 'url'>, slug: string): CouncilContext {
	const council = getCouncilBySlug(slug);
	if (!council) error(404, 'not_found');
	return { council, actor: actorOf(event.locals, council.id) };
}

/** Loads the council and checks the action in one step. */
export function requireCouncil(event: Pick<RequestEvent, 'locals' | 'url'>, slug: string, action: Action): CouncilContext {
	const ctx = councilContext(event, slug);
	authorize(event, ctx.actor, action, ctx.council);
	return ctx;
}
