// POST /c/:slug/plans/:planId/import/stream: imports the CSV body, answering with NDJSON lines as it goes:
// {"type":"progress","phase":"validate"|"write","done":n,"total":n} … then {"type":"done","result":…} or
// {"type":"invalid","errors":[{line,field,message}]} / {"type":"refused","message":…}. Nothing is written
// unless every row is valid. The import is the declared action plans.importMeasurements, reporting its progress.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type { ImportIssue } from '$lib/server/plans/measurement-import';
import { measurementImport } from '$lib/server/plans/actions/import-measurements';
import { execute, permits } from '$lib/server/actions/execute';
import { councilContext } from '$lib/server/http/guard';
import { log } from '$lib/server/log';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';

/** The file name sent URI-encoded in x-file-name; a badly encoded one is kept as it came. */
function fileNameOf(request: Request): string {
	const raw = request.headers.get('x-file-name') ?? '';
	try {
		return decodeURIComponent(raw).slice(0, 255);
	} catch {
		return raw.slice(0, 255);
	}
}

export const POST: RequestHandler = async (event) => {
	const { council, actor } = councilContext(event, event.params.slug);
	const rule = measurementImport();
	// a data client is answered 401 or 403 at once rather than with a refusal in the stream
	if (!permits(rule, actor, council)) error(actor.user ? 403 : 401, actor.user ? 'forbidden' : 'unauthenticated');
	const input = { planId: event.params.planId, csv: await event.request.text(), fileName: fileNameOf(event.request) };
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
			try {
				const result = await execute(actor, council, measurementImport((done, total, phase) => send({ type: 'progress', phase, done, total })), input);
				if (result.ok) send({ type: 'done', result: result.data });
				else if (Array.isArray(result.params.issues))
					send({ type: 'invalid', errors: (result.params.issues as ImportIssue[]).map((x) => ({ line: x.line, field: x.field, message: t(x.code, x.params) })) });
				else send({ type: 'refused', message: result.errors ? Object.values(result.errors)[0] : t(result.code, Object.fromEntries(Object.entries(result.params).map(([k, v]) => [k, String(v)]))) });
			} catch (err) {
				log.error({ err: String(err) }, 'measurement import failed');
				send({ type: 'refused', message: m.plans_import_failed() });
			}
			controller.close();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
};
