// Proposals: forms, list filters (the URL carries them), API queries and socket payloads.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { checkbox, id, optionalText, text } from './common';

export const SUMMARY_MAX = 500;
export const BODY_MAX = 50_000;
export const LINKS_MAX = 10;

const STATES = ['submitted', 'accepted', 'merged', 'declined', 'scheduled', 'adopted', 'rejected', 'in_implementation', 'implemented', 'abandoned'] as const;
export const LIST_SORTS = ['newest', 'supports', 'comments', 'updated', 'relevance'] as const;

/** Multi-line text: browsers send CRLF from textareas; store LF so that versions compare cleanly. */
const lf = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);
const longText = (max: number) => z.preprocess(lf, z.string().trim().min(1).max(max));
const optionalLongText = (max: number) => z.preprocess(lf, optionalText(max));

const ids = () => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).max(100));

/** "https://… label" per line → [{ url, label }]. */
const links = () =>
	z
		.string()
		.default('')
		.transform((raw, ctx) => {
			const out: { url: string; label: string }[] = [];
			for (const line of raw
				.split(/\r?\n/)
				.map((l) => l.trim())
				.filter(Boolean)) {
				const [url, ...rest] = line.split(/\s+/);
				let ok = false;
				try {
					ok = ['http:', 'https:'].includes(new URL(url).protocol);
				} catch {
					ok = false;
				}
				if (!ok) {
					ctx.addIssue({ code: 'custom', message: m.proposals_error_link({ line: line.slice(0, 80) }) });
					return z.NEVER;
				}
				out.push({ url, label: rest.join(' ').slice(0, 200) });
			}
			if (out.length > LINKS_MAX) {
				ctx.addIssue({ code: 'custom', message: m.proposals_error_links_many({ max: String(LINKS_MAX) }) });
				return z.NEVER;
			}
			return out;
		});

export const proposalFormSchema = z.object({
	title: text(200),
	summary: z.preprocess(
		lf,
		z
			.string()
			.trim()
			.min(1)
			.max(SUMMARY_MAX, { error: () => m.proposals_error_summary_long({ max: String(SUMMARY_MAX) }) })
	),
	body: longText(BODY_MAX),
	themeIds: ids(),
	leverIds: ids(),
	coauthorIds: ids(),
	links: links()
});
export type ProposalForm = z.infer<typeof proposalFormSchema>;

export const transitionFormSchema = z.object({
	transition: z.enum(['submit', 'withdraw', 'accept', 'decline', 'merge', 'schedule', 'unschedule', 'start_implementation', 'complete', 'abandon']),
	answer: optionalLongText(5000),
	reason: optionalLongText(2000),
	targetId: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), id().optional())
});

export const answerFormSchema = z.object({ answer: longText(5000) });

export const updateFormSchema = z.object({
	note: longText(2000),
	progress: z.coerce
		.number({ error: () => m.proposals_error_progress() })
		.int({ error: () => m.proposals_error_progress() })
		.min(0)
		.max(100)
});

export const commentFormSchema = z.object({
	body: longText(5000),
	parentId: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), id().optional())
});
export const commentEditSchema = z.object({ commentId: id(), body: longText(5000) });
export const commentHideSchema = z.object({ commentId: id(), reason: text(500) });

export const amendmentFormSchema = z.object({
	title: text(200),
	summary: z.preprocess(
		lf,
		z
			.string()
			.trim()
			.min(1)
			.max(SUMMARY_MAX, { error: () => m.proposals_error_summary_long({ max: String(SUMMARY_MAX) }) })
	),
	body: longText(BODY_MAX),
	reason: optionalLongText(2000)
});

export const amendmentDecisionSchema = z.object({
	decision: z.enum(['accept', 'reject']),
	reason: optionalLongText(2000)
});

export const supportFormSchema = z.object({ support: checkbox() });

const optionalId = () => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined);

/** List filters read from the URL: invalid values are dropped rather than refused, so a shared link always opens. */
export const listQuerySchema = z.object({
	q: z.string().trim().max(200).optional().catch(undefined),
	state: z.enum(STATES).optional().catch(undefined),
	theme: optionalId(),
	lever: optionalId(),
	college: optionalId(),
	author: optionalId(),
	answered: z.enum(['yes', 'no']).optional().catch(undefined),
	sort: z.enum(LIST_SORTS).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100000).catch(1)
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export function readListQuery(params: URLSearchParams): ListQuery {
	const raw: Record<string, string> = {};
	for (const key of ['q', 'state', 'theme', 'lever', 'college', 'author', 'answered', 'sort', 'page']) {
		const v = params.get(key);
		if (v !== null && v !== '') raw[key] = v;
	}
	return listQuerySchema.parse(raw);
}

export const versionsQuerySchema = z.object({
	from: z.coerce.number().int().positive().optional().catch(undefined),
	to: z.coerce.number().int().positive().optional().catch(undefined)
});

/** API list query: strict (a wrong value is a 400 with the issue), unlike the page's forgiving URL. */
export const apiListQuerySchema = z.object({
	q: z.string().trim().max(200).optional(),
	state: z.enum(STATES).optional(),
	theme: z.coerce.number().int().positive().optional(),
	lever: z.coerce.number().int().positive().optional(),
	college: z.coerce.number().int().positive().optional(),
	author: z.coerce.number().int().positive().optional(),
	answered: z.enum(['yes', 'no']).optional(),
	sort: z.enum(LIST_SORTS).optional(),
	page: z.coerce.number().int().min(1).max(100000).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(20)
});

export const proposalEditSchema = proposalFormSchema.extend({ removeFileIds: ids() });

/** The steps of the proposal wizard, in order (routes/c/[slug]/proposals/write). */
export const WIZARD_STEPS = ['title', 'similar', 'text', 'tags', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export const WIZARD_MOVES = ['next', 'back', 'preview', 'search', 'draft', 'submit'] as const;

/** Where the person is in the wizard and which button they pressed; anything unexpected starts over gently. */
export const wizardNavSchema = z.object({
	step: z.enum(WIZARD_STEPS).catch('title'),
	go: z.enum(WIZARD_MOVES).catch('next'),
	coauthorQuery: z.string().trim().max(100).catch('')
});

/** What each step asks for (the whole proposal is proposalFormSchema). */
export const wizardStepSchemas = {
	title: proposalFormSchema.pick({ title: true }),
	text: proposalFormSchema.pick({ summary: true, body: true, links: true }),
	tags: proposalFormSchema.pick({ themeIds: true, leverIds: true, coauthorIds: true })
} as const;

/** Follow ("on") or stop following (anything else) a proposal. */
export const followFormSchema = z.object({ follow: checkbox() });
