// Plenaries: the forms of the plenary, agenda, attendance and proxy screens.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { fromParisInput } from '$lib/paris-time';
import { id, optionalText, text } from './common';

export const PLENARY_KIND_CODES = ['ordinary', 'extraordinary'] as const;
export const AGENDA_KIND_CODES = ['information', 'debate', 'vote', 'annual_themes'] as const;
export const ATTENDANCE_MODE_CODES = ['in_room', 'remote'] as const;
export const PLENARY_STATE_CODES = ['planned', 'convened', 'open', 'closed', 'minutes_published'] as const;

const lf = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);

/** A datetime-local value read as Paris time. */
const parisDate = () =>
	z.string().transform((raw, ctx) => {
		const d = fromParisInput(raw);
		if (!d) {
			ctx.addIssue({ code: 'custom', message: m.plenaries_error_date() });
			return z.NEVER;
		}
		return d;
	});

const optionalParisDate = () => z.preprocess((v) => (v === '' ? undefined : v), parisDate().optional());

export const plenaryFormSchema = z
	.object({
		kind: z.enum(PLENARY_KIND_CODES),
		title: text(200),
		startsAt: parisDate(),
		endsAt: optionalParisDate(),
		place: optionalText(300),
		onlineUrl: z
			.string()
			.trim()
			.max(500)
			.default('')
			.refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: () => m.plenaries_error_online_url() }),
		description: z.preprocess(lf, optionalText(10_000))
	})
	.refine((v) => !v.endsAt || v.endsAt.getTime() >= v.startsAt.getTime(), { path: ['endsAt'], error: () => m.plenaries_error_ends_before_start() });
export type PlenaryForm = z.infer<typeof plenaryFormSchema>;

export const stateFormSchema = z.object({ to: z.enum(PLENARY_STATE_CODES) });

export const listFilterSchema = z.object({ kind: z.enum(['', ...PLENARY_KIND_CODES]).catch('') });

export const agendaItemFormSchema = z.object({
	kind: z.enum(AGENDA_KIND_CODES),
	title: text(300),
	durationMinutes: z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number().int().min(0).max(1440)),
	presenter: optionalText(200),
	description: z.preprocess(lf, optionalText(10_000))
});

export const itemIdSchema = z.object({ itemId: id() });
export const moveFormSchema = z.object({ itemId: id(), direction: z.enum(['up', 'down']) });
export const reorderFormSchema = z.object({ itemId: id(), position: z.coerce.number().int().min(0).max(1000) });
export const currentItemFormSchema = z.object({ itemId: z.preprocess((v) => (v === '' || v === undefined ? null : v), id().nullable()) });
export const linkProposalFormSchema = z.object({ itemId: id(), proposalId: id() });
export const unlinkProposalFormSchema = z.object({ itemId: id(), proposalId: id(), reason: text(1000) });

export const removeDocumentFormSchema = z.object({ itemId: id(), fileId: id() });

export const checkInFormSchema = z.object({ membershipId: id(), mode: z.enum(ATTENDANCE_MODE_CODES) });
export const checkOutFormSchema = z.object({ membershipId: id() });

export const proxyFormSchema = z.object({ giverMembershipId: id(), holderMembershipId: id() });
export const revokeProxyFormSchema = z.object({ giverMembershipId: id() });
