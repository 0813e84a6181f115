// GET /c/:slug/workshops/:id/calendar.ics: every meeting of the workshop as an iCalendar file.
import type { RequestHandler } from './$types';
import { listMeetings } from '$lib/server/workshops/meetings';
import { meetingsCalendar } from '$lib/server/workshops/ical';
import { workshopContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { workshop, council } = workshopContext(event);
	const url = `${event.url.origin}/c/${council.slug}/workshops/${workshop.id}`;
	const body = meetingsCalendar({ name: workshop.title, origin: event.url.origin, workshopId: workshop.id, url, meetings: listMeetings(workshop.id) });
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="atelier-${workshop.id}.ics"`, 'cache-control': 'private, no-store' }
	});
};
