// Cocon serves French councils: every wall-clock time a person reads or types is Europe/Paris time,
// whatever the server's own time zone. `<input type="datetime-local">` values are read and written here.
export const TIME_ZONE = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-CA', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

function wallClock(date: Date): Record<string, number> {
	const out: Record<string, number> = {};
	for (const p of parts.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
	return out;
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
export function parisOffsetMinutes(date: Date): number {
	const w = wallClock(date);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** 'YYYY-MM-DDTHH:mm' for a datetime-local input, in Paris time. */
export function toParisInput(value: Date | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const w = wallClock(new Date(value));
	const two = (n: number) => String(n).padStart(2, '0');
	return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/** Reads a datetime-local value ('YYYY-MM-DDTHH:mm[:ss]') as Paris time; null when malformed. */
export function fromParisInput(value: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
	if (!m) return null;
	const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
	const guess = Date.UTC(y, mo - 1, d, h, mi, s);
	if (Number.isNaN(guess)) return null;
	// Two passes settle the offset around daylight-saving changes.
	let utc = guess - parisOffsetMinutes(new Date(guess)) * 60000;
	utc = guess - parisOffsetMinutes(new Date(utc)) * 60000;
	return new Date(utc);
}
