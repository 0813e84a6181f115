// The import template: the header row and two example lines using the council's colleges.
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listColleges } from '$lib/server/councils/members';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

function cell(value: string, separator: string): string {
	return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const GET: RequestHandler = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	const colleges = listColleges(council.id).map((c) => c.name);
	const french = getLocale() !== 'en';
	const separator = french ? ';' : ',';
	const header = french ? ['nom', 'email', 'organisation', 'type_organisation', 'college', 'roles'] : ['name', 'email', 'organisation', 'organisation_type', 'college', 'roles'];
	const examples = [
		['Camille Durand', 'camille.durand@example.org', 'Les Jardins partagés', 'association', colleges[0] ?? '', 'member'],
		['Hugo Meyer', 'hugo.meyer@example.org', 'Coopalim', 'cooperative', colleges[1] ?? colleges[0] ?? '', 'member|evaluator']
	];
	const body = '\uFEFF' + [header, ...examples].map((row) => row.map((v) => cell(v, separator)).join(separator)).join('\r\n') + '\r\n';
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${m.members_import_template_filename()}"`,
			'cache-control': 'no-store'
		}
	});
};
