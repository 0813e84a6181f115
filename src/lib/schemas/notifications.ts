// Notification centre forms.
import { z } from 'zod';
import { checkbox, id, page } from './common';

export const notificationsPageSchema = z.object({ page: page() });

/** How emails arrive (the settings form's radio buttons); anything else keeps immediate emails. */
export const deliverySchema = z.object({ delivery: z.enum(['immediate', 'weekly']).catch('immediate') });

export const markReadSchema = z.object({ id: id() });

/** The settings form: one `<kind>_in_app` and one `<kind>_email` checkbox per kind. */
export function preferencesSchema(kinds: readonly string[]) {
	const shape: Record<string, ReturnType<typeof checkbox>> = {};
	for (const kind of kinds) {
		shape[`${kind}_in_app`] = checkbox();
		shape[`${kind}_email`] = checkbox();
	}
	return z.object(shape).transform((values) => kinds.map((kind) => ({ kind, inApp: values[`${kind}_in_app`], email: values[`${kind}_email`] })));
}
