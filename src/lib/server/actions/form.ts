// Form actions on the runner: a SvelteKit form action that reads the posted fields (and files), adds the ids of the
// URL, runs the declared action for the visitor within the council of the URL, and renders the result: the page's
// `form` prop gets `{ ok: true, intent }` (or what `done` returns; `done` may redirect), or a refusal with the
// message next to its field, `{ errors, values }` (passwords are never echoed). Anonymous visitors refused for
// want of a login are sent to the login page; a role the table does not grant gets a 403 failure.
import { fail, redirect, type ActionFailure as KitFailure, type RequestEvent } from '@sveltejs/kit';
import { refusalMessage, t } from '$lib/i18n/translate';
import type { Actor } from '../auth/permissions';
import type { CouncilRow } from '../councils/councils';
import { actorOf, councilContext, loginUrl } from '../http/guard';
import { safeValues } from '../http/forms';
import type { AnyAction } from './define';
import { execute } from './execute';
import type { ActionFailure } from './result';

type Event = RequestEvent;

/** What a page's `form` prop holds after a refusal. */
export type FormFailure = { errors: Record<string, string>; values: Record<string, unknown>; intent?: string };

export type FormContext = { event: Event; council: CouncilRow | null; actor: Actor; values: Record<string, unknown> };

export type FormOptions<A extends AnyAction, D> = {
	/** input taken from the URL (ids of the path), merged over the posted fields */
	input?: (event: Event) => Record<string, unknown>;
	/**
	 * facts of the request the action needs (the client's address, the current session), merged over the posted
	 * fields and the URL's ids like `input`, but never echoed back to the page after a refusal
	 */
	request?: (event: Event) => Record<string, unknown>;
	/** what the page receives on success (may throw a redirect); default `{ ok: true, intent }` */
	done?: (data: ReturnType<A['run']>, ctx: FormContext) => D;
	/** the key under which this form shows a service's refusal (default: the field the refusal names) */
	field?: string;
};

const intentOf = (values: Record<string, unknown>) => (typeof values.intent === 'string' ? values.intent : undefined);

/** The posted fields as an object: repeated keys and keys ending in [] become arrays; files are kept, empty ones dropped. */
export function formInput(form: FormData): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v) => typeof v === 'string' || v.size > 0 || v.name !== '');
		const name = key.endsWith('[]') ? key.slice(0, -2) : key;
		out[name] = key.endsWith('[]') || values.length > 1 ? values : (values[0] ?? '');
	}
	return out;
}

/** The values echoed back to the form: text fields only, never passwords. */
function echoed(values: Record<string, unknown>): Record<string, unknown> {
	const text = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))));
	return safeValues(text);
}

/** A refusal as the page's `form` prop (status code kept), or the login redirect. */
export function renderFailure(event: Pick<RequestEvent, 'url'>, result: ActionFailure, values: Record<string, unknown>, field?: string): KitFailure<FormFailure> {
	if (result.status === 401) redirect(303, loginUrl(event.url));
	const errors = result.errors ?? { [field ?? result.field]: refusalMessage(result.code, result.params) };
	return fail(result.status, { errors, values: echoed(values), intent: intentOf(values) });
}

/** Reads the posted form; undefined when the body is not a form (the hooks answer such requests first). */
async function readForm(request: Request): Promise<FormData | undefined> {
	try {
		return await request.formData();
	} catch {
		return undefined;
	}
}

/**
 * A SvelteKit form action that runs `action` (see the file header); `action` may be chosen from the posted values
 * (one form whose choices belong to actions with different permissions).
 */
export function formAction<A extends AnyAction, D = { ok: true; intent: string | undefined }>(action: A | ((values: Record<string, unknown>) => A), options: FormOptions<A, D> = {}) {
	return async (event: Event): Promise<D | KitFailure<FormFailure>> => {
		const form = await readForm(event.request);
		if (!form) return fail(400, { errors: { form: t('common_error_bad_form') }, values: {} });
		const values = { ...formInput(form), ...(options.input?.(event) ?? {}) };
		const facts = options.request?.(event) ?? {};
		const chosen = typeof action === 'function' ? action(values) : action;
		const { council, actor } = requestContext(event, chosen);
		const result = await execute(actor, council, chosen, { ...values, ...facts });
		if (!result.ok) return renderFailure(event, result, Object.fromEntries(Object.entries(values).filter(([key]) => !(key in facts))), options.field);
		if (options.done) return options.done(result.data, { event, council, actor, values });
		return { ok: true, intent: intentOf(values) } as D;
	};
}

/** The council of the URL (404 when it does not exist) and the visitor's roles in it; no council for platform actions. */
export function requestContext(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>, action: Pick<AnyAction, 'council'>) {
	const slug = (event.params as Record<string, string | undefined>).slug;
	if ((action.council ?? 'required') === 'none' || !slug) return { council: null, actor: actorOf(event.locals) };
	return councilContext(event, slug);
}
