// The answer every settings form shows next to itself (identified by its hidden _scope field): what changed, or
// that nothing did. The forms run declared actions (src/lib/server/councils/actions).
import { m } from '$lib/paraglide/messages';
import { formAction } from '$lib/server/actions/form';
import type { AnyAction } from '$lib/server/actions/define';

export function settingsAction<A extends AnyAction>(action: A, message?: (result: ReturnType<A['run']>, values: Record<string, string>) => string) {
	return formAction(action, {
		done: (result, { values }) => ({
			scope: String(values._scope ?? ''),
			message: result.changed ? (message?.(result, values as Record<string, string>) ?? m.common_saved()) : m.councils_no_change()
		})
	});
}
