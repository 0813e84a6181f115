import type { RequestHandler } from './$types';
import { plenariesCalendar } from '$lib/server/plenaries/ical';
import { m } from '$lib/paraglide/messages';
import { plenaryContext } from '../../shared.server';

/** One plenary as an .ics file (add it to a calendar). */
export const GET: RequestHandler = (event) => {
	const { council, plenary } = plenaryContext(event);
	const body = plenariesCalendar([plenary], {
		name: council.name,
		plenariesUrl: `${event.url.origin}/c/${council.slug}/sessions`,
		host: event.url.host,
		onlineLabel: m.plenaries_ical_online()
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="seance-${plenary.id}.ics"`,
			'cache-control': 'private, no-cache'
		}
	});
};
