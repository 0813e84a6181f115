// Dates and numbers formatted for the current locale.
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'en' ? 'en-GB' : 'fr-FR');

export function formatDate(value: Date | string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return new Intl.DateTimeFormat(tag(), { dateStyle: 'long' }).format(new Date(value));
}

export function formatDateTime(value: Date | string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
	return new Intl.NumberFormat(tag(), { maximumFractionDigits }).format(value);
}

export function formatPercent(value: number, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits }).format(value);
}
