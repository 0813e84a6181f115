// Notification counts in words, with the plural rule of the current language (French: 0 and 1 are singular).
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

const isOne = (n: number) => new Intl.PluralRules(getLocale()).select(n) === 'one';

/** "3 non lues" / "1 unread" */
export function unreadLabel(count: number): string {
	const params = { count: String(count) };
	return isOne(count) ? m.notifications_unread_one(params) : m.notifications_unread_other(params);
}

/** "Vous avez 3 notifications non lues." */
export function liveCountLabel(count: number): string {
	const params = { count: String(count) };
	return isOne(count) ? m.notifications_live_one(params) : m.notifications_live_other(params);
}
