// Declared actions: every state-changing use case of Cocon is one `defineAction({...})`, in a file of its own under
// `src/lib/server/<domain>/actions/`, listed in that folder's `index.ts` and so in the registry (registry.ts).
//
// An action says, once:
// - `name`        'domain.verbNoun', unique; the API addresses it by this name.
// - `input`       the zod schema of its input (form fields, socket payload or JSON body, plus ids from the URL).
// - `permission`  the rule of src/lib/server/auth/permissions.ts that the actor's roles in the council of the request
//                 must grant ('authenticated' / 'anyone' for the few actions outside any council: login, account).
// - `council`     'required' (default): it acts within the council of the request; 'none': platform level.
// - `admit`       optional (declare it after `scope`, so that it sees scope's type): lets an actor through whom
//                 the role check refused, decided on the objects the input
//                 names (a workshop guest on their workshop); runs in the transaction, after `scope`.
// - `scope`       loads the objects the input names WITHIN the council of the request and refuses with a
//                 `*_not_found` DomainError when one is missing or belongs elsewhere; ids are never trusted.
// - `prepare`     optional async work done before the transaction (hashing a password, writing an upload); `discard`
//                 undoes it when the action then fails.
// - `present`     optional: what the JSON API may show of the result (default `{ ok: true }`).
// - `run`         does the work in the one transaction it is given (`ctx.tx`), writes its audit entry there, and
//                 returns plain data. Domain events published during `run` go out after the commit (events/bus.ts).
//
// `execute()` (execute.ts) runs an action the same way for every transport: forms (form.ts), sockets (socket.ts)
// and the JSON API (api.ts). Order: role permission → input parsing → transaction { scope → admit → run } → events.
import type { z } from 'zod';
import type { Action as Rule, Actor } from '../auth/permissions';
import type { CouncilRow } from '../councils/councils';
import type { Tx } from '../db/client';

export type Permission = Rule | 'authenticated' | 'anyone';

/** What scope and admit see: who acts, in which council, inside which transaction. */
export type ScopeContext = {
	actor: Actor;
	council: CouncilRow | null;
	tx: Tx;
	now: Date;
};

/** What run sees: the same plus the objects scope loaded and what prepare produced. */
export type RunContext<S, P> = ScopeContext & { scope: S; prepared: P };

export type ActionDef<I extends z.ZodType = z.ZodType, S = unknown, P = undefined, R = unknown> = {
	name: string;
	input: I;
	permission: Permission;
	council?: 'required' | 'none';
	admit?: (ctx: ScopeContext & { scope: S }, input: z.output<I>) => boolean;
	scope?: (ctx: ScopeContext, input: z.output<I>) => S;
	prepare?: (input: z.output<I>, base: { actor: Actor; council: CouncilRow | null }) => Promise<P>;
	discard?: (prepared: P) => void;
	run: (ctx: RunContext<S, P>, input: z.output<I>) => R;
	/** what the JSON API answers on success (default `{ ok: true }`: nothing an action returns leaks by accident) */
	present?: (data: R) => unknown;
	/** SQLite transaction behaviour; 'immediate' (default) takes the write lock at BEGIN. */
	behavior?: 'immediate' | 'deferred';
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = ActionDef<any, any, any, any>;

/** Declares an action; the identity function that gives `run` and `scope` their types. */
export function defineAction<I extends z.ZodType, S = undefined, P = undefined, R = unknown>(def: ActionDef<I, S, P, R>): ActionDef<I, S, P, R> {
	return def;
}

/** The data an action returns. */
export type ActionOutput<A> = A extends ActionDef<z.ZodType, unknown, unknown, infer R> ? R : never;
