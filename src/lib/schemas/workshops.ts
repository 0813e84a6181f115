// Workshops: forms, list filters, API queries (socket payloads: workshops-live.ts).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { email, id, optionalText, text } from './common';
import { password } from './auth';
import { fromParisInput, toParisInput } from '$lib/paris-time';

export const CONTRIBUTION_KINDS = ['need', 'idea', 'resource', 'obstacle'] as const;
export const CONTRIBUTION_MAX = 600;

/** Multi-line text: browsers send CRLF from textareas; store LF. */
const lf = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);
const longText = (max: number) => z.preprocess(lf, z.string().trim().min(1).max(max));
const optionalLongText = (max: number) => z.preprocess(lf, optionalText(max));
const ids = () => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).max(500));
const optionalId = () => z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());
const parisDate = () =>
	z
		.string()
		.trim()
		.min(1)
		.transform((v, ctx) => {
			const d = fromParisInput(v);
			// 30 February and the like roll over to another day: refuse them rather than move the meeting
			if (!d || toParisInput(d) !== v.trim().slice(0, 16)) {
				ctx.addIssue({ code: 'custom', message: m.workshops_error_date() });
				return z.NEVER;
			}
			return d;
		});
const url = () =>
	z
		.string()
		.trim()
		.max(500)
		.default('')
		.refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: () => m.workshops_error_url() });

export const workshopFormSchema = z.object({
	title: text(200),
	year: z.coerce.number().int().min(2000).max(2100),
	themeId: optionalId(),
	mandate: optionalLongText(10_000),
	facilitatorIds: ids()
});

export const meetingFormSchema = z.object({
	title: text(200),
	startsAt: parisDate(),
	endsAt: parisDate(),
	place: optionalText(200),
	onlineUrl: url(),
	agenda: optionalLongText(5000)
});

export const contributionFormSchema = z.object({
	kind: z.enum(CONTRIBUTION_KINDS, { error: () => m.workshops_error_kind() }),
	body: longText(CONTRIBUTION_MAX),
	meetingId: optionalId()
});
export const contributionRefSchema = z.object({ contributionId: id() });
export const commentFormSchema = z.object({ contributionId: id(), body: longText(CONTRIBUTION_MAX) });
export const clusterCreateSchema = z.object({ name: text(120), contributionIds: ids() });
export const clusterRenameSchema = z.object({ clusterId: id(), name: text(120) });
export const assignSchema = z.object({ contributionId: id(), clusterId: optionalId() });
export const retainSchema = z.object({
	contributionId: optionalId(),
	clusterId: optionalId(),
	retained: z.enum(['true', 'false']).transform((v) => v === 'true')
});
export const notesFormSchema = z.object({ notes: optionalLongText(50_000), baseVersion: z.coerce.number().int().min(0) });
export const attendanceSchema = z.object({ present: ids() });
export const guestLinkSchema = z.object({ label: text(120) });
export const guestRevokeSchema = z.object({ guestId: id() });
export const closeSchema = z.object({ conclusions: longText(20_000) });
export const outputFormSchema = z.object({
	clusterId: optionalId(),
	contributionId: optionalId(),
	meetingId: optionalId(),
	title: text(200),
	summary: text(500),
	body: longText(50_000),
	themeIds: ids().refine((v) => v.length > 0, { error: () => m.workshops_error_theme_required() })
});
export const coauthorAnswerSchema = z.object({ outputId: id(), accept: z.enum(['yes', 'no']).transform((v) => v === 'yes') });
export const attachSchema = z.object({ agendaItemId: id() });
export const guestAccountSchema = z
	.object({ name: text(120), email: email(), password: password(), confirm: z.string() })
	.refine((v) => v.password === v.confirm, { path: ['confirm'], error: () => m.auth_v_password_mismatch() });

export const listQuerySchema = z.object({
	theme: z.coerce.number().int().positive().optional().catch(undefined),
	year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
	mine: z.enum(['1']).optional().catch(undefined)
});
export const apiListQuerySchema = z.object({
	theme: z.coerce.number().int().positive().optional(),
	year: z.coerce.number().int().min(2000).max(2100).optional()
});
