// The action runner: one way to run every declared action (define.ts), for forms, sockets and the API alike.
//   1. the council: actions declared with council 'required' need the council of the request;
//   2. the role permission (permissions.ts can()), unless the action may `admit` the actor on its objects;
//   3. the input, parsed with the action's zod schema;
//   4. `prepare` (async, outside the transaction);
//   5. one transaction: `scope` loads the objects the input names within the council, `admit`, then `run`;
//   6. after the commit, the domain events published during the run (events/bus.ts collectEvents).
// Refusals come back as one ActionFailure (result.ts) that each transport renders in its own way.
import { can, type Actor } from '../auth/permissions';
import type { CouncilRow } from '../councils/councils';
import { withTransaction } from '../db/client';
import { DomainError } from '../errors';
import { collectEvents } from '../events/bus';
import type { AnyAction, ScopeContext } from './define';
import { failure, failureOf, issuesToFieldErrors, type ActionFailure, type ActionResult } from './result';

/** Whether the actor's roles grant the action's permission in the council (before any object is looked at). */
export function permits(action: AnyAction, actor: Actor, council: CouncilRow | null): boolean {
	if (action.permission === 'anyone') return true;
	if (action.permission === 'authenticated') return actor.user !== null;
	return can(actor, action.permission, council ?? undefined);
}

function refused(actor: Actor): ActionFailure {
	return actor.user ? failure('common_error_forbidden', 'form', {}, 403) : failure('common_error_login_required', 'form', {}, 401);
}

/**
 * Runs an action for an actor within the council of the request (null for platform-level actions). `raw` is the
 * unparsed input: form fields, a socket payload or a JSON body, merged with the ids of the URL by the transport.
 */
export async function execute<A extends AnyAction>(actor: Actor, council: CouncilRow | null, action: A, raw: unknown): Promise<ActionResult<ReturnType<A['run']>>> {
	const checked = admission(actor, council, action);
	if (checked) return checked;
	const parsed = action.input.safeParse(raw);
	if (!parsed.success) return { ...failure('common_error_invalid_input'), errors: issuesToFieldErrors(parsed.error.issues) };
	let prepared: unknown = undefined;
	if (action.prepare) {
		try {
			prepared = await action.prepare(parsed.data, { actor, council });
		} catch (e) {
			return failureOf(e);
		}
	}
	try {
		return { ok: true, data: transact(actor, council, action, parsed.data, prepared) as ReturnType<A['run']> };
	} catch (e) {
		if (prepared !== undefined) action.discard?.(prepared);
		return failureOf(e);
	}
}

/**
 * The synchronous runner, for actions without `prepare` on hot paths (a ballot cast over the socket): same checks,
 * same transaction, no promise.
 */
export function executeSync<A extends AnyAction>(actor: Actor, council: CouncilRow | null, action: A, raw: unknown): ActionResult<ReturnType<A['run']>> {
	if (action.prepare) throw new Error(`action ${action.name} has an async prepare step: use execute()`);
	const checked = admission(actor, council, action);
	if (checked) return checked;
	const parsed = action.input.safeParse(raw);
	if (!parsed.success) return { ...failure('common_error_invalid_input'), errors: issuesToFieldErrors(parsed.error.issues) };
	try {
		return { ok: true, data: transact(actor, council, action, parsed.data, undefined) as ReturnType<A['run']> };
	} catch (e) {
		return failureOf(e);
	}
}

/** The council and role checks; undefined when the action may go on. */
function admission(actor: Actor, council: CouncilRow | null, action: AnyAction): ActionFailure | undefined {
	if ((action.council ?? 'required') === 'required' && !council) return failure('common_error_not_found', 'form', {}, 404);
	if (!permits(action, actor, council) && !action.admit) return refused(actor);
	return undefined;
}

function transact(actor: Actor, council: CouncilRow | null, action: AnyAction, input: unknown, prepared: unknown): unknown {
	return collectEvents(() =>
		withTransaction((tx) => {
			const base: ScopeContext = { actor, council, tx, now: new Date() };
			const scope = action.scope ? action.scope(base, input) : undefined;
			if (!permits(action, actor, council) && !action.admit!({ ...base, scope }, input)) {
				throw actor.user ? new DomainError('common_error_forbidden') : new DomainError('common_error_login_required');
			}
			return action.run({ ...base, scope, prepared }, input);
		}, action.behavior ?? 'immediate')
	);
}
