// The same formatting as format.ts, with each Intl formatter built once per locale: building one costs far
// more than using it, and a list page formats some sixty dates and numbers. (format.ts could do the same.)
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'en' ? 'en-GB' : 'fr-FR');
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (locale: string) => T): T {
	const locale = tag();
	const id = `${locale}:${key}`;
	let f = cache.get(id) as T | undefined;
	if (!f) cache.set(id, (f = make(locale)));
	return f;
}

export function formatDate(value: Date | string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return formatter('date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long' })).format(new Date(value));
}

export function formatDateTime(value: Date | string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return formatter('datetime', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(value));
}

export function formatNumber(value: number): string {
	return formatter('number', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 })).format(value);
}
