// Dates and numbers formatted for the current locale, in Paris time. Each Intl formatter is built once per
// locale: building one costs far more than using it, and a list page formats dozens of values.
import { getLocale } from '$lib/paraglide/runtime';
import { TIME_ZONE } from '$lib/paris-time';

const tag = () => (getLocale() === 'en' ? 'en-GB' : 'fr-FR');
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (locale: string) => T): T {
	const locale = tag();
	const id = `${locale}:${key}`;
	let f = cache.get(id) as T | undefined;
	if (!f) cache.set(id, (f = make(locale)));
	return f;
}

type When = Date | string | number | null | undefined;

export function formatDate(value: When): string {
	if (value === null || value === undefined) return '';
	return formatter('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: TIME_ZONE })).format(new Date(value));
}

export function formatDateTime(value: When): string {
	if (value === null || value === undefined) return '';
	return formatter('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE })).format(new Date(value));
}

export function formatTime(value: When): string {
	if (value === null || value === undefined) return '';
	return formatter('time', (l) => new Intl.DateTimeFormat(l, { timeStyle: 'short', timeZone: TIME_ZONE })).format(new Date(value));
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
	return formatter(`number${maximumFractionDigits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits })).format(value);
}

export function formatPercent(value: number, maximumFractionDigits = 1): string {
	return formatter(`percent${maximumFractionDigits}`, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits })).format(value);
}
