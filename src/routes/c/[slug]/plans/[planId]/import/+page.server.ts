import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { listIndicators } from '$lib/server/plans/indicators';
import { previewMeasurementImport, type ImportIssue } from '$lib/server/plans/measurement-import';
import { importMeasurements } from '$lib/server/plans/actions';
import { importFile } from '$lib/server/plans/actions/import-measurements';
import { formAction, formInput, renderFailure } from '$lib/server/actions/form';
import { failureOf } from '$lib/server/actions/result';
import { t } from '$lib/i18n/translate';
import { planContext, planOfUrl } from '../../shared.server';

/** Shown rows of the preview (the counts cover the whole file; every bad row is listed). */
const SHOWN_ROWS = 100;

export const load: PageServerLoad = (event) => {
	const { plan } = planContext(event, 'indicators.measure');
	if (plan.status === 'closed') error(404, 'not_found');
	return {
		plan: { id: plan.id, title: plan.title },
		indicators: listIndicators(plan.id)
			.filter((i) => i.state !== 'retired')
			.map((i) => ({ id: i.id, name: i.name, unit: i.unit }))
	};
};

const issues = (errors: ImportIssue[]) => errors.map((e) => ({ line: e.line, field: e.field, message: t(e.code, e.params) }));

export const actions: Actions = {
	/** Reads and checks the file, writes nothing: the page shows what importing would do. */
	preview: async (event) => {
		const { plan } = planContext(event, 'indicators.measure');
		try {
			const file = await importFile(formInput(await event.request.formData()));
			const preview = previewMeasurementImport(plan.id, file.text);
			return {
				preview: { ok: preview.ok, total: preview.total, counts: preview.counts, errors: issues(preview.errors), rows: preview.rows.slice(0, SHOWN_ROWS), ignoredColumns: preview.ignoredColumns },
				csv: preview.ok ? file.text : '',
				fileName: file.fileName
			};
		} catch (e) {
			return renderFailure(event, failureOf(e), {});
		}
	},
	import: formAction(importMeasurements, { input: planOfUrl, done: (result) => ({ imported: result }) })
};
