// Reading the cells of a measurements file the way French spreadsheets write them. Pure functions.
import { endOfYear, isIsoDate } from './values';

const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/**
 * A number as people type it: "12,5" and "12.5"; spaces (also non-breaking and thin spaces) between
 * thousands "300 000"; "1 234,5", "1.234,5" and "1,234.5" (the last separator is the decimal one when both
 * appear); a leading sign (also the typographic minus "−"); a trailing "%" is dropped (the value is read as
 * typed, in the indicator's unit). A single comma is always decimal ("1,234" is 1.234). Null when unreadable.
 */
export function parseDecimal(raw: string): number | null {
	let s = raw.trim().replace(SPACES, ' ');
	if (!s) return null;
	s = s
		.replace(/\s*%$/, '')
		.replace(/^[−–]\s*/, '-')
		.replace(/^([+-])\s+/, '$1');
	if (s.includes(' ')) {
		if (!/^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
		s = s.replace(/ /g, '');
	}
	const commas = (s.match(/,/g) ?? []).length;
	const dots = (s.match(/\./g) ?? []).length;
	if (commas && dots) {
		if (s.lastIndexOf(',') > s.lastIndexOf('.')) {
			if (!/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return null;
			s = s.replace(/\./g, '').replace(',', '.');
		} else {
			if (!/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s)) return null;
			s = s.replace(/,/g, '');
		}
	} else if (commas) {
		if (commas > 1) return null;
		s = s.replace(',', '.');
	} else if (dots > 1) return null;
	if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
	const value = Number(s);
	return Number.isFinite(value) ? value : null;
}

/**
 * A measurement date: "YYYY-MM-DD", "DD/MM/YYYY" (French spreadsheets), or a year "YYYY" meaning 31 December
 * of that year (its period label is then the year). Null when it is not a real calendar day.
 */
export function parseDateCell(raw: string): { date: string; periodLabel: string } | null {
	const s = raw.trim();
	if (/^\d{4}$/.test(s)) {
		const date = endOfYear(Number(s));
		return isIsoDate(date) ? { date, periodLabel: s } : null;
	}
	const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
	const iso = fr ? `${fr[3]}-${fr[2].padStart(2, '0')}-${fr[1].padStart(2, '0')}` : s;
	return isIsoDate(iso) ? { date: iso, periodLabel: '' } : null;
}
