// iCalendar (RFC 5545) for plenaries: one event per plenary, times written in Europe/Paris wall-clock with
// TZID=Europe/Paris and its VTIMEZONE, the plenary page as URL, the online link (hybrid plenaries) in the text.
import ical, { ICalEventStatus } from 'ical-generator';
import { parisOffsetMinutes, TIME_ZONE } from '../../paris-time';
import type { PlenaryRow } from './access';

/** Europe/Paris since 1996: CET (UTC+1), CEST (UTC+2) from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Paris',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

/** ical-generator writes the UTC fields of a Date as the wall clock of the event's TZID. */
function parisWallClock(date: Date): Date {
	return new Date(date.getTime() + parisOffsetMinutes(date) * 60_000);
}

export type CalendarPlenary = Pick<PlenaryRow, 'id' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl' | 'state' | 'createdAt'>;

export type CalendarOptions = {
	/** the calendar's name (the council's name) */
	name: string;
	/** absolute URL of the council's plenaries, e.g. https://cocon.example/c/demo/sessions */
	plenariesUrl: string;
	/** the host used in event UIDs */
	host: string;
	/** label put before the online link in the description */
	onlineLabel: string;
};

/** The calendar text for the given plenaries (a single plenary's file, or the council's feed). */
export function plenariesCalendar(plenaries: CalendarPlenary[], options: CalendarOptions): string {
	const cal = ical({ name: options.name, prodId: { company: 'Cocon', product: 'sessions', language: 'FR' } });
	for (const s of plenaries) {
		const url = `${options.plenariesUrl}/${s.id}`;
		const end = s.endsAt ?? new Date(s.startsAt.getTime() + 2 * 60 * 60_000);
		const description = [s.description.trim(), s.onlineUrl ? `${options.onlineLabel} ${s.onlineUrl}` : '', url].filter(Boolean).join('\n\n');
		cal.createEvent({
			id: `plenary-${s.id}@${options.host}`,
			timezone: TIME_ZONE,
			start: parisWallClock(s.startsAt),
			end: parisWallClock(end),
			stamp: s.createdAt,
			summary: s.title,
			description,
			location: s.place || s.onlineUrl || undefined,
			url,
			status: s.state === 'planned' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED
		});
	}
	const text = cal.toString();
	const at = text.indexOf('BEGIN:VEVENT');
	const end = at >= 0 ? at : text.indexOf('END:VCALENDAR');
	return `${text.slice(0, end)}${VTIMEZONE}\r\n${text.slice(end)}`;
}
