// Runs a declared action from server code that is not a transport (tests, demo data, scripts): the same checks and
// transaction as execute(), returning the action's data or throwing the refusal as a DomainError.
import type { Actor } from '../auth/permissions';
import type { CouncilRow } from '../councils/councils';
import { DomainError } from '../errors';
import type { AnyAction } from './define';
import { executeSync } from './execute';

export function perform<A extends AnyAction>(actor: Actor, council: CouncilRow | null, action: A, input: unknown): ReturnType<A['run']> {
	const result = executeSync(actor, council, action, input);
	if (result.ok) return result.data;
	const field = result.errors ? Object.keys(result.errors)[0] : result.field;
	throw new DomainError(result.code, field, result.errors ? { ...result.params, message: result.errors[field] } : result.params);
}
