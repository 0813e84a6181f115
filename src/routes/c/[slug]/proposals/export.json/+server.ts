// GET /c/:slug/proposals/export.json: the council's published proposals as open data (never drafts).
import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { exportRows } from '$lib/server/proposals/export';

export const GET: RequestHandler = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'proposals.read');
	const body = JSON.stringify({ council: { slug: council.slug, name: council.name }, generatedAt: new Date().toISOString(), proposals: exportRows(council, event.url.origin) }, null, 2);
	return new Response(body, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="propositions-${council.slug}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
