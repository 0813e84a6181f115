import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { listColleges } from '$lib/server/councils/members';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, decodeCsv, oversizedPreview, previewImport, type ImportPreview } from '$lib/server/councils/member-import';
import { importMembers } from '$lib/server/councils/actions';
import { formAction } from '$lib/server/actions/form';
import { importLabels } from '$lib/i18n/members-server';
import { importFieldName } from '$lib/i18n/members';
import { t } from '$lib/i18n/translate';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	return {
		colleges: listColleges(council.id),
		roles: COUNCIL_ROLES,
		organisationTypes: ORGANISATION_TYPES,
		limits: { rows: IMPORT_MAX_ROWS, bytes: IMPORT_MAX_BYTES, megabytes: IMPORT_MAX_BYTES / 1024 / 1024 }
	};
};

/** The preview as the page shows it: every problem as one translated sentence, and the rows to import. */
function view(preview: ImportPreview) {
	return {
		ok: preview.ok,
		issues: preview.issues.map((issue) => {
			const message = t(issue.code, issue.params);
			const text =
				issue.line === 0
					? m.members_import_issue_whole({ message })
					: issue.field === 'file'
						? m.members_import_issue_file({ line: String(issue.line), message })
						: m.members_import_issue({ line: String(issue.line), field: importFieldName(issue.field), message });
			return { line: issue.line, field: issue.field, text };
		}),
		rows: preview.rows,
		ignoredColumns: preview.ignoredColumns
	};
}

/** The uploaded file (preferred) or the pasted text; a file over the size limit is not read. */
async function readUpload(data: FormData): Promise<{ text: string } | { tooBig: true } | null> {
	const file = data.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > IMPORT_MAX_BYTES) return { tooBig: true };
		return { text: decodeCsv(new Uint8Array(await file.arrayBuffer())) };
	}
	const text = data.get('text');
	return typeof text === 'string' && text.trim() ? { text } : null;
}

export const actions: Actions = {
	preview: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.manage');
		const upload = await readUpload(await event.request.formData());
		if (upload === null) return fail(400, { errors: { file: m.members_import_no_input() } });
		if ('tooBig' in upload) return { preview: view(oversizedPreview()), csv: null };
		const preview = previewImport(council.id, upload.text, importLabels());
		return { preview: view(preview), csv: preview.ok ? upload.text : null };
	},
	import: formAction(importMembers, {
		field: 'file',
		done: (result) =>
			result.ok ? { imported: { count: result.imported, created: result.created, reactivated: result.reactivated, invited: result.invited } } : fail(400, { preview: view(result.preview), csv: null })
	})
};
