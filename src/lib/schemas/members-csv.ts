// One row of a member import file, validated against the council it is imported into.
// This module is used by the import service (src/lib/server/councils/member-import.ts), so it imports no
// $lib alias and no paraglide: its error messages are message keys that the page translates with t().
import { z } from 'zod';
import { COUNCIL_ROLES } from '../server/auth/permissions';
import { ORGANISATION_TYPES } from '../server/councils/taxonomy';
import { foldHeader } from '../server/csv-read';

/** The columns of an import file, in the order of the downloadable template. */
export const CSV_COLUMNS = ['name', 'email', 'organisation', 'organisation_type', 'college', 'roles'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'email'];

/** Lower case, no accents, typographic apostrophes made plain, spaces collapsed: for loose comparisons. */
export function fold(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘`]/g, "'")
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Header names accepted for each column (French or English), compared after foldHeader(). */
const HEADER_ALIASES: Record<CsvColumn, string[]> = {
	name: ['name', 'nom', 'full_name', 'nom_prenom', 'nom_et_prenom', 'prenom_nom'],
	email: ['email', 'e_mail', 'courriel', 'mail', 'adresse_e_mail', 'adresse_email'],
	organisation: ['organisation', 'organization', 'structure'],
	organisation_type: ['organisation_type', 'organization_type', 'type_organisation', 'type_d_organisation', 'type_organization'],
	college: ['college'],
	roles: ['roles', 'role']
};

/** The column a header cell names, or null when it is not one we know. */
export function columnOfHeader(header: string): CsvColumn | null {
	const key = foldHeader(header);
	for (const column of CSV_COLUMNS) if (HEADER_ALIASES[column].includes(key)) return column;
	return null;
}

/** What a row is checked against: the council's colleges and the accepted spellings of codes. */
export type RowContext = {
	/** fold(college name) → college id */
	colleges: Map<string, { id: number; name: string }>;
	/** fold(code or label) → organisation type code */
	organisationTypes: Map<string, string>;
	/** fold(code or label) → role code */
	roles: Map<string, string>;
};

/** Builds the lookup maps: codes are always accepted, labels (French, English…) when given. */
export function rowContext(colleges: { id: number; name: string }[], labels: { organisationTypes?: Record<string, string>; roles?: Record<string, string> } = {}): RowContext {
	const organisationTypes = new Map<string, string>(ORGANISATION_TYPES.map((code) => [fold(code), code]));
	for (const [label, code] of Object.entries(labels.organisationTypes ?? {})) if ((ORGANISATION_TYPES as readonly string[]).includes(code)) organisationTypes.set(fold(label), code);
	const roles = new Map<string, string>(COUNCIL_ROLES.map((code) => [fold(code), code]));
	for (const [label, code] of Object.entries(labels.roles ?? {})) if ((COUNCIL_ROLES as readonly string[]).includes(code)) roles.set(fold(label), code);
	return { colleges: new Map(colleges.map((c) => [fold(c.name), c])), organisationTypes, roles };
}

const cell = () =>
	z
		.string()
		.default('')
		.transform((v) => v.trim());

/** The zod schema of one row; issues carry a message key and, for custom ones, params. */
export function csvRowSchema(ctx: RowContext) {
	return z.object({
		name: cell().pipe(z.string().min(1, { error: 'members_import_e_required' }).max(120, { error: 'members_import_e_too_long' })),
		email: cell().pipe(
			z
				.string()
				.min(1, { error: 'members_import_e_required' })
				.max(254, { error: 'members_import_e_too_long' })
				.toLowerCase()
				.pipe(z.email({ error: 'members_import_e_email' }))
		),
		organisation: cell().pipe(z.string().max(200, { error: 'members_import_e_too_long' })),
		organisation_type: cell().transform((value, c) => {
			if (!value) return null;
			const code = ctx.organisationTypes.get(fold(value));
			if (!code) c.issues.push({ code: 'custom', message: 'members_import_e_org_type_unknown', input: value, params: { value } });
			return code ?? null;
		}),
		college: cell().transform((value, c) => {
			if (!value) {
				if (ctx.colleges.size > 0) c.issues.push({ code: 'custom', message: 'members_import_e_college_required', input: value });
				return null;
			}
			const college = ctx.colleges.get(fold(value));
			if (!college) c.issues.push({ code: 'custom', message: 'members_import_e_college_unknown', input: value, params: { value } });
			return college ?? null;
		}),
		roles: cell().transform((value, c) => {
			const parts = value
				.split('|')
				.map((p) => p.trim())
				.filter(Boolean);
			if (parts.length === 0) return ['member'];
			const codes: string[] = [];
			for (const part of parts) {
				const code = ctx.roles.get(fold(part));
				if (!code) {
					c.issues.push({ code: 'custom', message: 'members_import_e_role_unknown', input: part, params: { value: part } });
					continue;
				}
				if (!codes.includes(code)) codes.push(code);
			}
			return codes;
		})
	});
}

export type CsvRow = z.output<ReturnType<typeof csvRowSchema>>;
