// POST /c/:slug/plans/:planId/import/stream: imports the CSV body, answering with NDJSON lines as it goes:
// {"type":"progress","phase":"validate"|"write","done":n,"total":n} … then {"type":"done","result":…} or
// {"type":"invalid","errors":[{line,field,message}]} / {"type":"refused","message":…}. Nothing is written
// unless every row is valid.
import type { RequestHandler } from './$types';
import { ImportValidationError, importMeasurements, MAX_IMPORT_CHARS } from '$lib/server/plans/measurement-import';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';
import { planContext } from '../../../shared.server';
import { decodeHeaderText } from '$lib/server/http/request-body';

export const POST: RequestHandler = async (event) => {
	const { plan, actor } = planContext(event, 'indicators.measure');
	const fileName = decodeHeaderText(event.request.headers.get('x-file-name'));
	if (fileName === null) {
		const line = JSON.stringify({ type: 'refused', message: m.plans_import_e_file_name() }) + '\n';
		return new Response(line, { status: 400, headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
	}
	const text = await event.request.text();
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + '\n'));
			try {
				if (text.length > MAX_IMPORT_CHARS) throw new DomainError('plans_import_e_too_large', 'file');
				const result = await importMeasurements(plan.id, text, actor.user!.id, (done, total, phase) => send({ type: 'progress', phase, done, total }), { fileName });
				send({ type: 'done', result });
			} catch (e) {
				if (e instanceof ImportValidationError) send({ type: 'invalid', errors: e.errors.map((x) => ({ line: x.line, field: x.field, message: t(x.code, x.params) })) });
				else if (e instanceof DomainError) send({ type: 'refused', message: t(e.code, Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, String(v)]))) });
				else send({ type: 'refused', message: m.plans_import_failed() });
			}
			controller.close();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
};
