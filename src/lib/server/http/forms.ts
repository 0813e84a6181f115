// Form handling for actions: FormData → zod → either data or per-field messages for fail(400).
import { fail } from '@sveltejs/kit';
import { z } from 'zod';

import { issuesToFieldErrors, type FieldErrors } from '../actions/result';

export { issuesToFieldErrors, type FieldErrors };

export function formToObject(form: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		out[key] = key.endsWith('[]') || values.length > 1 ? values : (values[0] ?? '');
	}
	for (const key of Object.keys(out)) {
		if (key.endsWith('[]')) {
			out[key.slice(0, -2)] = out[key];
			delete out[key];
		}
	}
	return out;
}

/** Fields never echoed back into page data: passwords and their confirmation, whatever the form calls them. */
const SECRET_FIELD = /password|confirm|secret|token/i;

/** Values echoed back to the form after a failure (never passwords nor their confirmation). */
export function safeValues(values: Record<string, unknown>) {
	const copy: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(values)) if (!SECRET_FIELD.test(k)) copy[k] = v;
	return copy;
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S) {
	const values = formToObject(await request.formData());
	const result = schema.safeParse(values);
	if (result.success) return { ok: true as const, data: result.data as z.output<S>, values };
	return { ok: false as const, failure: fail(400, { errors: issuesToFieldErrors(result.error.issues), values: safeValues(values) }) };
}

export function formFailure(errors: FieldErrors, values: Record<string, unknown> = {}, status = 400) {
	return fail(status, { errors, values: safeValues(values) });
}
