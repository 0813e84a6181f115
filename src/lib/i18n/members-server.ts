// Server-side texts of the members domain, in both languages: the invitation mail, and the spellings of
// organisation types and roles that an import file may use. Imported by +page.server.ts files only.
import { m } from '$lib/paraglide/messages';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import type { InvitationMailComposer } from '$lib/server/councils/invitations';
import type { ImportLabels } from '$lib/server/councils/member-import';
import { organisationTypeName } from './members';

const LOCALES = ['fr', 'en'] as const;

const dateIn = (locale: 'fr' | 'en', date: Date) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);

/** The invitation mail: French first, then English, whatever the secretariat's language. */
export const composeInvitationMail: InvitationMailComposer = ({ councilName, name, url, expiresAt }) => {
	const part = (locale: 'fr' | 'en') => m.members_mail_body({ name, council: councilName, url, date: dateIn(locale, expiresAt) }, { locale });
	return {
		subject: LOCALES.map((locale) => m.members_mail_subject({ council: councilName }, { locale })).join(' / '),
		body: `${part('fr')}\n\n— — —\n\n${part('en')}`
	};
};

const ROLE_LABELS: Record<string, (inputs: Record<string, never>, options: { locale: 'fr' | 'en' }) => string> = {
	secretariat: m.auth_role_secretariat,
	chair: m.auth_role_chair,
	member: m.auth_role_member,
	evaluator: m.auth_role_evaluator,
	observer: m.auth_role_observer
};

/** Codes, French and English labels are all accepted in an import file. */
export function importLabels(): ImportLabels {
	const organisationTypes: Record<string, string> = {};
	for (const locale of LOCALES) for (const code of ORGANISATION_TYPES) organisationTypes[organisationTypeName(code, locale)] = code;
	const roles: Record<string, string> = {};
	for (const locale of LOCALES) for (const code of COUNCIL_ROLES) if (ROLE_LABELS[code]) roles[ROLE_LABELS[code]({}, { locale })] = code;
	return { organisationTypes, roles };
}
