// Shared by the proposal pages: the proposal named in the URL (checked for the visitor), and service refusals
// turned into form errors next to the right field.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { councilContext, loginUrl } from '$lib/server/http/guard';
import type { z } from 'zod';
import { formFailure, formToObject, issuesToFieldErrors } from '$lib/server/http/forms';
import { discardUpload, prepareUpload, type PreparedUpload } from '$lib/server/files/storage';
import { canReadProposal, getProposalInCouncil } from '$lib/server/proposals/access';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export function parseId(raw: string | undefined): number {
	const id = Number(raw);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	return id;
}

/** The council and the proposal of the URL; anonymous visitors are sent to log in, others get a 404. */
export function proposalContext(event: Event) {
	const { council, actor } = councilContext(event, event.params.slug!);
	const proposal = getProposalInCouncil(council.id, parseId(event.params.id));
	if (!proposal || !canReadProposal(actor, council, proposal)) {
		if (!event.locals.user && proposal) redirect(303, loginUrl(event.url));
		error(404, 'not_found');
	}
	return { council, actor, proposal };
}

const STATUS: Record<string, number> = {
	proposals_error_forbidden: 403,
	proposals_error_not_author: 403,
	proposals_error_amend_decider: 403,
	proposals_error_not_found: 404
};

/** A refusal from a service → 4xx with the message next to its field (or at the top of the form). */
export function refusal(e: unknown, values: Record<string, unknown> = {}) {
	if (!(e instanceof DomainError)) throw e;
	const message = t(e.code, Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, String(v)])));
	return formFailure({ [e.field]: message }, values, STATUS[e.code] ?? 400);
}

export const MAX_ATTACHMENTS = 10;

/**
 * A multipart proposal form: validates the fields, then checks and writes each attachment (prepareUpload)
 * before any transaction. On refusal, the failure to return (already-written uploads are discarded).
 */
export async function parseWithUploads<S extends z.ZodType>(request: Request, schema: S, councilId: number) {
	const data = await request.formData();
	const values = formToObject(data);
	delete values.attachments;
	const files = data.getAll('attachments').filter((f): f is File => typeof f !== 'string' && f.name !== '');
	const parsed = schema.safeParse(values);
	if (!parsed.success) return { ok: false as const, failure: formFailure(issuesToFieldErrors(parsed.error.issues), values) };
	if (files.length > MAX_ATTACHMENTS)
		return { ok: false as const, failure: formFailure({ attachments: t('proposals_error_attachments_many', { max: String(MAX_ATTACHMENTS) }) }, values) };
	const uploads: PreparedUpload[] = [];
	try {
		for (const file of files) uploads.push(await prepareUpload(file, councilId));
	} catch (e) {
		uploads.forEach(discardUpload);
		return { ok: false as const, failure: refusal(e, values) };
	}
	return { ok: true as const, data: parsed.data as z.output<S>, values, uploads };
}
