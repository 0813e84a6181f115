// The language switcher of the layout's header (POST /locale).
import { localeSchema, safeRedirect } from '$lib/schemas/auth';
import { defineAction } from '../../actions/define';

/**
 * Chooses the interface language. The choice lives in the browser (paraglide's cookie, set by the transport from
 * what this returns): nothing is stored on the server. `redirectTo` comes back made safe (a path of this site only).
 */
export const switchLocale = defineAction({
	name: 'account.switchLocale',
	input: localeSchema,
	permission: 'anyone',
	council: 'none',
	run: (_, { locale, redirectTo }) => ({ locale, redirectTo: safeRedirect(redirectTo) })
});
