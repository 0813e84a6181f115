// The shape every settings action shares: permission check, form validation, one service call, and the
// answer the page shows next to the form that was sent (identified by its hidden _scope field).
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requireCouncil } from '$lib/server/http/guard';
import { formFailure, parseForm } from '$lib/server/http/forms';
import { DomainError } from '$lib/server/errors';
import { domainMessage } from '$lib/i18n/councils';

type Context = { councilId: number; actorId: number };

export async function settingsAction<S extends z.ZodType, R extends { changed: boolean }>(
	event: RequestEvent<{ slug: string }>,
	schema: S,
	run: (ctx: Context, data: z.output<S>) => R,
	message?: (result: R, data: z.output<S>) => string
) {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	const form = await parseForm(event.request, schema);
	if (!form.ok) return form.failure;
	const scope = String(form.values._scope ?? '');
	try {
		const result = run({ councilId: council.id, actorId: event.locals.user!.id }, form.data);
		return { scope, message: result.changed ? (message?.(result, form.data) ?? m.common_saved()) : m.councils_no_change() };
	} catch (e) {
		if (e instanceof DomainError) return formFailure({ [e.field]: domainMessage(e.code, e.params) }, form.values);
		throw e;
	}
}
