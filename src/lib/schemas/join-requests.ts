// Asking to join a council (public form) and the secretariat's decisions on requests.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { email, id, optionalText, text } from './common';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { compactSiret, isValidSiret } from './siret';

export const MOTIVATION_MAX = 1000;

/** A college select: '' means none (the secretariat chooses); the service checks that it belongs to the council. */
const collegeId = () => z.union([z.literal('').transform(() => null), id()]).default(null);

const siret = () =>
	z
		.string()
		.default('')
		.transform((raw, ctx) => {
			const value = compactSiret(raw);
			if (!value) return null;
			if (!/^\d{14}$/.test(value)) {
				ctx.addIssue({ code: 'custom', message: m.members_join_v_siret_digits() });
				return z.NEVER;
			}
			if (!isValidSiret(value)) {
				ctx.addIssue({ code: 'custom', message: m.members_join_v_siret_key() });
				return z.NEVER;
			}
			return value;
		});

export const joinRequestSchema = z.object({
	name: text(120),
	email: email(),
	organisationName: optionalText(200),
	organisationType: z.enum(ORGANISATION_TYPES, { error: () => m.members_join_v_organisation_type() }),
	siret: siret(),
	collegeId: collegeId(),
	motivation: z
		.string()
		.trim()
		.min(1, { error: () => m.members_join_v_motivation() })
		.max(MOTIVATION_MAX)
});
export type JoinRequestForm = z.infer<typeof joinRequestSchema>;

export const acceptJoinRequestSchema = z.object({
	requestId: id(),
	collegeId: collegeId(),
	role: z.enum(COUNCIL_ROLES).default('member')
});

export const declineJoinRequestSchema = z.object({
	requestId: id(),
	reason: z
		.string()
		.trim()
		.min(1, { error: () => m.members_join_v_reason() })
		.max(2000)
});
