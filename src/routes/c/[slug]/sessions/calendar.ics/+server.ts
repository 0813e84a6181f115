import type { RequestHandler } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listSessions } from '$lib/server/sessions/plenaries';
import { sessionVisibleTo } from '$lib/server/sessions/visibility';
import { sessionsCalendar } from '$lib/server/sessions/ical';
import { m } from '$lib/paraglide/messages';

/** The council's sessions as an iCalendar feed (subscribe from a calendar application). */
export const GET: RequestHandler = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'sessions.read');
	const body = sessionsCalendar(
		listSessions(council.id).filter((s) => sessionVisibleTo(actor, council, s)),
		{
			name: `${council.name} — ${m.sessions_title()}`,
			sessionsUrl: `${event.url.origin}/c/${council.slug}/sessions`,
			host: event.url.host,
			onlineLabel: m.sessions_ical_online()
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
