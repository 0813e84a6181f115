// Notification texts, rendered from kind + params in the reader's language (at display time, or when an
// email is composed, possibly outside any request: then the locale is passed explicitly).
import * as messages from '../../paraglide/messages.js';

export type Locale = 'fr' | 'en';
type MessageFn = (inputs?: Record<string, unknown>, options?: { locale?: Locale }) => string;

export function toLocale(value: string | null | undefined): Locale {
	return value === 'en' ? 'en' : 'fr';
}

/** The message `key` in `locale` (the current request's when omitted), or null when there is no such message. */
export function message(key: string, params: Record<string, unknown> = {}, locale?: Locale): string | null {
	const fn = (messages as unknown as Record<string, MessageFn | undefined>)[key];
	if (typeof fn !== 'function') return null;
	return locale ? fn(params, { locale }) : fn(params);
}

/** Params whose value is a code shown through another domain's label (e.g. a proposal state). */
const CODED_PARAMS: Record<string, (value: string) => string> = {
	state: (value) => `proposals_state_${value}`
};

/** The params every kind's text may use, so that a missing one never prints "undefined". */
const TEXT_PARAMS = ['title', 'actor', 'state'];

export function notificationText(kind: string, params: Record<string, string>, locale?: Locale): string {
	const values: Record<string, string> = {};
	for (const key of TEXT_PARAMS) values[key] = '';
	values.actor = message('notifications_someone', {}, locale) ?? '';
	for (const [key, value] of Object.entries(params ?? {})) {
		if (typeof value !== 'string' || value === '') continue;
		const coded = CODED_PARAMS[key];
		values[key] = (coded && message(coded(value), {}, locale)) || value;
	}
	return message(`notifications_kind_${kind}`, values, locale) ?? (values.title || kind);
}

/** The label of a kind on the settings page. */
export function notificationKindLabel(kind: string, locale?: Locale): string {
	return message(`notifications_kind_label_${kind}`, {}, locale) ?? kind;
}
