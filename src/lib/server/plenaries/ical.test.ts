import { describe, expect, it } from 'vitest';
import { plenariesCalendar, type CalendarPlenary } from './ical';

const base: CalendarPlenary = {
	id: 7,
	title: 'Plénière de printemps',
	description: 'Ordre du jour joint.',
	startsAt: new Date('2026-03-12T17:30:00Z'), // 18:30 in Paris (winter time)
	endsAt: new Date('2026-03-12T20:00:00Z'),
	place: 'Hôtel de ville, Strasbourg',
	onlineUrl: 'https://visio.example.org/pleniere',
	state: 'convened',
	createdAt: new Date('2026-01-01T10:00:00Z')
};
const options = { name: 'Conseil ESS', plenariesUrl: 'https://cocon.example/c/ess/sessions', host: 'cocon.example', onlineLabel: 'En ligne :' };
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('plenariesCalendar', () => {
	it('writes Paris wall-clock times with TZID and a VTIMEZONE', () => {
		const text = unfold(plenariesCalendar([base], options));
		expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
		expect(text).toContain('DTSTART;TZID=Europe/Paris:20260312T183000');
		expect(text).toContain('DTEND;TZID=Europe/Paris:20260312T210000');
		expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
	});

	it('uses summer time in summer', () => {
		const text = unfold(plenariesCalendar([{ ...base, startsAt: new Date('2026-07-02T07:00:00Z'), endsAt: null }], options));
		expect(text).toContain('DTSTART;TZID=Europe/Paris:20260702T090000');
		expect(text).toContain('DTEND;TZID=Europe/Paris:20260702T110000'); // no end: two hours
	});

	it('links the plenary page and the online meeting, with a stable UID', () => {
		const text = unfold(plenariesCalendar([base], options));
		expect(text).toContain('UID:plenary-7@cocon.example');
		expect(text).toContain('URL;VALUE=URI:https://cocon.example/c/ess/sessions/7');
		expect(text).toContain('LOCATION:Hôtel de ville\\, Strasbourg');
		expect(text).toContain('En ligne : https://visio.example.org/pleniere');
		expect(text).toContain('SUMMARY:Plénière de printemps');
	});

	it('makes a feed of several plenaries, and a valid empty calendar', () => {
		const text = plenariesCalendar([base, { ...base, id: 8, title: 'Extraordinaire' }], options);
		expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		const empty = plenariesCalendar([], options);
		expect(empty).toContain('BEGIN:VTIMEZONE');
		expect(empty.trim().endsWith('END:VCALENDAR')).toBe(true);
	});
});
