import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listPlenaries } from '$lib/server/plenaries/plenaries';
import { plenaryVisibleTo } from '$lib/server/plenaries/visibility';
import { plenariesCalendar } from '$lib/server/plenaries/ical';
import { m } from '$lib/paraglide/messages';

/** The council's plenaries as an iCalendar feed (subscribe from a calendar application). */
export const GET: RequestHandler = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'plenaries.read');
	const body = plenariesCalendar(
		listPlenaries(council.id).filter((s) => plenaryVisibleTo(actor, council, s)),
		{
			name: `${council.name} — ${m.plenaries_title()}`,
			plenariesUrl: `${event.url.origin}/c/${council.slug}/sessions`,
			host: event.url.host,
			onlineLabel: m.plenaries_ical_online()
		}
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${council.slug}-seances.ics"`,
			'cache-control': 'private, max-age=300'
		}
	});
};
