// The one result of running an action, whatever the transport: success with the action's data, or a refusal with
// an HTTP-like status, a message code (a key of the message catalogue), the field it concerns and per-field messages.
import type { z } from 'zod';
import { DomainError } from '../errors';

export type FieldErrors = Record<string, string>;

export type ActionFailure = {
	ok: false;
	status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;
	/** a message key (e.g. 'proposals_error_comment_hidden', 'common_error_invalid_input') */
	code: string;
	/** the form field the refusal concerns ('form' for the whole form) */
	field: string;
	params: Record<string, unknown>;
	/** zod issues as field → message (already in the user's language) */
	errors?: FieldErrors;
};

export type ActionResult<R> = { ok: true; data: R } | ActionFailure;

export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path.length ? issue.path.join('.') : 'form';
		errors[key] ??= issue.message;
	}
	return errors;
}

/**
 * The status a refusal code answers with: '…_not_found' 404, '…_forbidden' and authorship refusals 403, else 400.
 * Only the runner's own `common_error_login_required` is a 401 (the form sends the visitor to the login page); a
 * service's "log in first" explanation (an invitation whose address already has an account) is a 400 shown next
 * to its field, like any other refusal.
 */
export function statusOfCode(code: string): ActionFailure['status'] {
	if (code === 'common_error_login_required') return 401;
	if (code.endsWith('_not_found')) return 404;
	if (/_forbidden$|_not_author$|_amend_decider$/.test(code)) return 403;
	if (code.endsWith('_conflict') || code.endsWith('_duplicate')) return 409;
	if (code.endsWith('_rate_limited')) return 429;
	return 400;
}

export function failure(code: string, field = 'form', params: Record<string, unknown> = {}, status = statusOfCode(code)): ActionFailure {
	return { ok: false, status, code, field, params };
}

/** A DomainError thrown by a service, as a refusal; anything else is a bug and is thrown on. */
export function failureOf(e: unknown): ActionFailure {
	if (e instanceof DomainError) return failure(e.code, e.field, e.params);
	throw e;
}
