// The import template: the header row and two example lines using the council's colleges, in the French
// spreadsheet dialect for French readers (';') and the standard one in English, unless the link asks (`?format=`).
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listColleges } from '$lib/server/councils/members';
import { csvDocument } from '$lib/server/csv';
import { csvDownload } from '$lib/server/http/csv-download';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const GET: RequestHandler = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	const colleges = listColleges(council.id).map((c) => c.name);
	const french = getLocale() !== 'en';
	const header = french ? ['nom', 'email', 'organisation', 'type_organisation', 'college', 'roles'] : ['name', 'email', 'organisation', 'organisation_type', 'college', 'roles'];
	const examples = [
		['Camille Durand', 'camille.durand@example.org', 'Les Jardins partagés', 'association', colleges[0] ?? '', 'member'],
		['Hugo Meyer', 'hugo.meyer@example.org', 'Coopalim', 'cooperative', colleges[1] ?? colleges[0] ?? '', 'member|evaluator']
	];
	return csvDownload(event.url, m.members_import_template_filename(), (dialect) => csvDocument(header, examples, dialect), french ? 'fr' : 'standard');
};
