import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { formFailure } from '$lib/server/http/forms';
import { listIndicators } from '$lib/server/plans/indicators';
import { ImportValidationError, importMeasurements, MAX_IMPORT_CHARS, previewMeasurementImport, type ImportIssue } from '$lib/server/plans/measurement-import';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';
import { planContext, refusal } from '../../shared.server';

/** Shown rows of the preview (the counts cover the whole file; every bad row is listed). */
const SHOWN_ROWS = 100;

export const load: PageServerLoad = (event) => {
	const { plan } = planContext(event, 'indicators.measure');
	if (plan.status === 'closed') error(404, 'not_found');
	return { plan: { id: plan.id, title: plan.title }, indicators: listIndicators(plan.id).filter((i) => i.state !== 'retired').map((i) => ({ id: i.id, name: i.name, unit: i.unit })) };
};

const issues = (errors: ImportIssue[]) => errors.map((e) => ({ line: e.line, field: e.field, message: t(e.code, e.params) }));

async function readFile(request: Request): Promise<{ text: string; fileName: string } | string> {
	const data = await request.formData();
	const file = data.get('file');
	if (file && typeof file !== 'string' && file.name) {
		if (file.size > MAX_IMPORT_CHARS * 2) return m.plans_import_e_too_large();
		return { text: await file.text(), fileName: file.name };
	}
	const csv = data.get('csv');
	if (typeof csv === 'string' && csv.trim()) return { text: csv, fileName: String(data.get('fileName') ?? '') };
	return m.plans_import_choose_file();
}

export const actions: Actions = {
	preview: async (event) => {
		const { plan } = planContext(event, 'indicators.measure');
		const file = await readFile(event.request);
		if (typeof file === 'string') return formFailure({ file });
		try {
			const preview = previewMeasurementImport(plan.id, file.text);
			return {
				preview: { ok: preview.ok, total: preview.total, counts: preview.counts, errors: issues(preview.errors), rows: preview.rows.slice(0, SHOWN_ROWS), ignoredColumns: preview.ignoredColumns },
				csv: preview.ok ? file.text : '',
				fileName: file.fileName
			};
		} catch (e) {
			return refusal(e);
		}
	},
	import: async (event) => {
		const { plan, actor } = planContext(event, 'indicators.measure');
		const file = await readFile(event.request);
		if (typeof file === 'string') return formFailure({ file });
		try {
			const result = await importMeasurements(plan.id, file.text, actor.user!.id, undefined, { fileName: file.fileName });
			return { imported: result };
		} catch (e) {
			if (e instanceof ImportValidationError) return formFailure({ file: t(e.code, { count: String(e.errors.length) }) }, {}, 400);
			return refusal(e);
		}
	}
};
