// JSON API helpers for src/routes/api/v1/: one error shape for every endpoint, and query-string validation.
//   { "error": { "code": "invalid_query", "message": "…", "issues": [{ "path": "page", "message": "…" }] } }
// Messages are passed in by the route (translated with paraglide there); zod issue messages are already
// translated by src/lib/schemas/zod-i18n.ts.
import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { can, type Action, type Actor } from '../auth/permissions';
import { actorOf } from './guard';
import { getCouncilBySlug, type CouncilRow } from '../councils/councils';

export type ApiIssue = { path: string; message: string };

/** Cache-Control for API answers: they depend on the caller's session, never shared caches. */
const headers = { 'cache-control': 'private, no-store' };

export function apiJson(data: unknown, status = 200): Response {
	return json(data, { status, headers });
}

export function apiError(status: number, code: string, message: string, issues: ApiIssue[] = []): Response {
	return json({ error: { code, message, issues } }, { status, headers });
}

export function zodIssues(issues: readonly z.core.$ZodIssue[]): ApiIssue[] {
	return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Reads the query string (a repeated key gives an array) and validates it; on failure a ready 400 response. */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S, message = 'Invalid query parameters.'): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
	const values: Record<string, string | string[]> = {};
	for (const key of new Set(url.searchParams.keys())) {
		const all = url.searchParams.getAll(key);
		values[key] = all.length > 1 ? all : all[0];
	}
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data as z.output<S> };
	return { ok: false, response: apiError(400, 'invalid_query', message, zodIssues(result.error.issues)) };
}

export type ApiCouncil = { ok: true; council: CouncilRow; actor: Actor } | { ok: false; status: 401 | 403 | 404 };

/**
 * The council named in the URL, for the caller. A council the caller may not read answers 404 whether or not it
 * exists (a private council's existence is not revealed). A readable council where the action is not allowed
 * answers 401 (anonymous) or 403.
 */
export function councilForApi(locals: App.Locals, slug: string, action: Action): ApiCouncil {
	const council = getCouncilBySlug(slug);
	if (!council) return { ok: false, status: 404 };
	const actor = actorOf(locals, council.id);
	if (!can(actor, 'council.read', council)) return { ok: false, status: 404 };
	if (!can(actor, action, council)) return { ok: false, status: locals.user ? 403 : 401 };
	return { ok: true, council, actor };
}
