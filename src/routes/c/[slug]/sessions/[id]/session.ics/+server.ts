import type { RequestHandler } from './$types';
import { sessionsCalendar } from '$lib/server/sessions/ical';
import { m } from '$lib/paraglide/messages';
import { sessionContext } from '../../shared.server';

/** One session as an .ics file (add it to a calendar). */
export const GET: RequestHandler = (event) => {
	const { council, session } = sessionContext(event);
	const body = sessionsCalendar([session], {
		name: council.name,
		sessionsUrl: `${event.url.origin}/c/${council.slug}/sessions`,
		host: event.url.host,
		onlineLabel: m.sessions_ical_online()
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="seance-${session.id}.ics"`,
			'cache-control': 'private, no-cache'
		}
	});
};
