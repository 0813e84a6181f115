// iCalendar files for one meeting or all of a workshop's meetings (times in UTC: calendars show them in
// the reader's zone, so Paris meetings stay at their Paris time).
import ical from 'ical-generator';

export type IcalMeeting = { id: number; title: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string; agenda: string };

export function meetingsCalendar(input: { name: string; origin: string; workshopId: number; url: string; meetings: IcalMeeting[] }): string {
	const host = new URL(input.origin).host || 'cocon.local';
	const cal = ical({ name: input.name, prodId: { company: 'Cocon', product: 'workshops', language: 'FR' } });
	for (const m of input.meetings) {
		cal.createEvent({
			id: `workshop-${input.workshopId}-meeting-${m.id}@${host}`,
			start: m.startsAt,
			end: m.endsAt,
			summary: `${input.name} — ${m.title}`,
			description: [m.agenda, m.onlineUrl].filter(Boolean).join('\n\n'),
			location: m.place || m.onlineUrl || undefined,
			url: `${input.url}/meetings/${m.id}`
		});
	}
	return cal.toString();
}
