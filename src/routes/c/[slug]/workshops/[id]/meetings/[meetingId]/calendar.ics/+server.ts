// GET …/meetings/:meetingId/calendar.ics: one meeting as an iCalendar file.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { listMeetings } from '$lib/server/workshops/meetings';
import { meetingsCalendar } from '$lib/server/workshops/ical';
import { parseId } from '$lib/server/http/guard';
import { workshopContext } from '../../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { workshop, council } = workshopContext(event);
	const meeting = listMeetings(workshop.id).find((mt) => mt.id === parseId(event.params.meetingId));
	if (!meeting) error(404, 'not_found');
	const url = `${event.url.origin}/c/${council.slug}/workshops/${workshop.id}`;
	const body = meetingsCalendar({ name: workshop.title, origin: event.url.origin, workshopId: workshop.id, url, meetings: [meeting] });
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="atelier-${workshop.id}-reunion-${meeting.id}.ics"`, 'cache-control': 'private, no-store' }
	});
};
