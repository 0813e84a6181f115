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
import { decodeHeaderText } from '$lib/server/http/request-body';
import { decodeCsvBytes } from '$lib/server/csv-read';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';

export const POST: RequestHandler = async (event) => {
	const { council, actor } = councilContext(event, event.params.slug);
	const rule = measurementImport();
	// a data client is answered 401 or 403 at once rather than with a refusal in the stream
	if (!permits(rule, actor, council)) error(actor.user ? 403 : 401, actor.user ? 'forbidden' : 'unauthenticated');
	const fileName = decodeHeaderText(event.request.headers.get('x-file-name'));
	if (fileName === null) {
		const line = JSON.stringify({ type: 'refused', message: m.plans_import_e_file_name() }) + '\n';
		return new Response(line, { status: 400, headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
	}
	const input = { planId: event.params.planId, csv: decodeCsvBytes(new Uint8Array(await event.request.arrayBuffer())).text, fileName };
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
			try {
				const result = await execute(
					actor,
					council,
					measurementImport((done, total, phase) => send({ type: 'progress', phase, done, total })),
					input
				);
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
