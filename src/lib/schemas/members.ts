// Forms and URL parameters of the members pages: list filters, member edit, invitation, acceptance.
// (The rows of an import file are checked by ./members-csv, which the import service uses.)
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { email, id, optionalText, page, text } from './common';
import { password } from './auth';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';

export const MEMBER_STATUSES = ['active', 'deactivated', 'all'] as const;

const toList = (v: unknown) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);

/** Checked role boxes: at least one, each a council role. */
const roles = () => z.preprocess(toList, z.array(z.enum(COUNCIL_ROLES)).min(1, { error: () => m.members_v_roles_required() })).transform((r) => [...new Set(r)]);

/** A college select: '' means none; the service checks that it belongs to the council. */
const collegeId = () => z.union([z.literal('').transform(() => null), id()]).default(null);

const organisationType = () => z.enum(ORGANISATION_TYPES).default('other');

/** The list's filters, read from the URL: anything unexpected falls back to "no filter". */
export const memberFilterSchema = z.object({
	q: z.string().trim().max(100).catch(''),
	college: z.coerce.number().int().positive().optional().catch(undefined),
	role: z.enum(COUNCIL_ROLES).optional().catch(undefined),
	type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
	status: z.enum(MEMBER_STATUSES).catch('active'),
	page: page()
});

export const memberUpdateSchema = z.object({
	collegeId: collegeId(),
	roles: roles(),
	voteWeight: z.coerce.number().min(0).max(1000),
	organisationName: optionalText(200),
	organisationType: organisationType()
});

export const inviteSchema = z.object({
	email: email(),
	name: text(120),
	collegeId: collegeId(),
	organisationName: optionalText(200),
	organisationType: organisationType(),
	roles: roles()
});

export const revokeSchema = z.object({ invitationId: id() });

/** Accepting an invitation without an account: the address is the invited one, not a field. */
export const acceptInvitationSchema = z
	.object({ name: text(120), password: password(), confirm: z.string() })
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: () => m.auth_v_password_mismatch() });
