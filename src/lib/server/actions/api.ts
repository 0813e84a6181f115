// The JSON API on the runner: `POST /api/v1/councils/:slug/actions/:name` with a JSON body runs the named action for
// the caller (session cookie) within that council, exactly as its form or socket event would. A private council the
// caller may not read answers 404; the answer is `{ "data": … }` (what the action's `present` makes public, else
// `{ "ok": true }`), or the API's error shape with the per-field messages as issues.
import { m } from '$lib/paraglide/messages';
import { refusalMessage } from '$lib/i18n/translate';
import { can } from '../auth/permissions';
import { getCouncilBySlug } from '../councils/councils';
import { actorOf } from '../http/guard';
import { apiError, apiJson } from '../http/api';
import { config } from '../config';
import { execute } from './execute';
import { REGISTRY } from './registry';

export async function runApiAction(request: Request, locals: App.Locals, slug: string, name: string): Promise<Response> {
	const origin = request.headers.get('origin');
	if (origin && origin !== new URL(config.origin).origin) return apiError(403, 'origin_refused', m.common_api_origin_refused());
	const action = REGISTRY.get(name);
	if (!action || action.council === 'none') return apiError(404, 'not_found', m.common_api_action_unknown());
	const council = getCouncilBySlug(slug);
	const actor = actorOf(locals, council?.id);
	if (!council || !can(actor, 'council.read', council)) return apiError(404, 'not_found', m.councils_api_not_found());
	if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return apiError(415, 'json_required', m.common_api_json_required());
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return apiError(400, 'json_required', m.common_api_json_required());
	}
	const result = await execute(actor, council, action, body);
	if (result.ok) return apiJson({ data: action.present ? action.present(result.data) : { ok: true } });
	const message = refusalMessage(result.code, result.params);
	const issues = Object.entries(result.errors ?? { [result.field]: message }).map(([path, text]) => ({ path, message: text }));
	return apiError(result.status, result.code, message, issues);
}
