// The mails of a request to join, in the language the person wrote their request in.
import { config } from '../config';
import { message, type Locale } from '../notifications/text';

export type JoinMailKind = 'confirm' | 'accepted' | 'accepted_password' | 'declined';

export function joinConfirmUrl(councilSlug: string, token: string): string {
	return `${config.origin.replace(/\/+$/, '')}/c/${councilSlug}/join/${token}`;
}

/** Subject and body; values: name, council, and url (confirm, accepted*) or reason (declined). */
export function composeJoinMail(kind: JoinMailKind, locale: Locale, values: Record<string, string>): { subject: string; body: string } {
	const m = (key: string) => message(key, values, locale) ?? key;
	return {
		subject: m(`members_join_mail_${kind}_subject`)
			.replace(/[\r\n]+/g, ' ')
			.slice(0, 250),
		body: m(`members_join_mail_${kind}_body`)
	};
}
