// Forms of the evaluation pages: campaign, committee, stages, questionnaires, interviews, findings, approval rounds.
import { z } from 'zod';
import { checkbox, id, optionalText, text } from './common';
import { MAJORITIES, QUORUM_KINDS, WEIGHTINGS } from './votes';
import { decimal } from './plans';
import { m } from '$lib/paraglide/messages';

const ids = () => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(id()));
const optionalId = () => z.preprocess((v) => (v === '' || v === undefined ? null : v), id().nullable());
const optionalDate = () =>
	z
		.string()
		.trim()
		.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: () => m.plans_error_bad_date() })
		.default('');

export const campaignSchema = z.object({ title: text(200), context: optionalText(10000), method: optionalText(10000), questions: optionalText(5000), focusAreas: optionalText(5000) });
export const committeeSchema = z.object({ members: ids() });
export const stageSchema = z.object({
	stage: z.coerce.number().int().min(1).max(5),
	status: z.enum(['planned', 'in_progress', 'done']),
	startDate: optionalDate(),
	endDate: optionalDate(),
	participants: optionalText(5000),
	outputs: optionalText(10000)
});
export const questionnaireSchema = z.object({
	title: text(200),
	intro: optionalText(5000),
	audience: z.enum(['all', 'colleges', 'committee']),
	colleges: ids(),
	anonymous: checkbox()
});
export const questionSchema = z.object({
	kind: z.enum(['single', 'multiple', 'scale', 'text']),
	label: text(500),
	required: checkbox(),
	/** one option per line */
	options: optionalText(5000)
});
export const questionIdSchema = z.object({ questionId: id() });
export const questionEditSchema = questionSchema.extend({ questionId: id() });
export const questionMoveSchema = z.object({ questionId: id(), direction: z.enum(['up', 'down']) });
export const interviewSchema = z.object({
	kind: z.enum(['individual', 'group']),
	date: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.plans_error_bad_date() }),
	participants: optionalText(2000),
	organisations: optionalText(2000),
	notes: optionalText(20000),
	objectives: ids()
});
export const findingSchema = z.object({
	nodeId: optionalId(),
	kind: z.enum(['strength', 'weakness']),
	text: text(5000),
	indicators: ids(),
	questionnaires: ids(),
	interviews: ids()
});
export const findingIdSchema = z.object({ findingId: id() });
export const roundSchema = z.object({
	title: text(200),
	indicators: ids(),
	colleges: ids(),
	/** the vote engine's rules; a round has no roll call, hence no 'present' base */
	weighting: z.enum(WEIGHTINGS),
	majority: z.enum(MAJORITIES),
	base: z.enum(['cast', 'cast_abstain', 'entitled']),
	/** left out (the API may), the quorum is the council's votes settings' */
	quorumKind: z.enum(QUORUM_KINDS).optional(),
	quorumValue: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), z.coerce.number().min(0).max(100_000).optional())
});
export const approvalSchema = z.object({ roundId: id(), indicatorId: id(), choice: z.enum(['yes', 'no', 'abstain']) });
export const roundIdSchema = z.object({ roundId: id() });
/** Closing a round is final (the adopted indicators are validated): the closing form asks again, then posts confirm=yes. */
export const closeRoundSchema = roundIdSchema.extend({ confirm: z.literal('yes', { error: () => m.evaluation_round_close_confirm_needed() }) });
/** An anonymised excerpt of an interview's notes or of a free-text question's answers, published by the evaluation. */
export const excerptSchema = z.object({ source: z.enum(['interview', 'answer']), refId: id(), text: text(2000) });
export const excerptIdSchema = z.object({ excerptId: id() });
/** Reminding those who have not answered a questionnaire or an approval round. */
export const remindSchema = z.object({ questionnaireId: id() });
export const remindRoundSchema = z.object({ roundId: id() });
/** A year typed in a form: empty = none; otherwise a whole year between 1900 and 2200. */
const optionalYear = () =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim())) : (v ?? null)),
		z
			.number({ error: () => m.evaluation_error_comparison_year() })
			.int({ error: () => m.evaluation_error_comparison_year() })
			.min(1900, { error: () => m.evaluation_error_comparison_year() })
			.max(2200, { error: () => m.evaluation_error_comparison_year() })
			.nullable()
	);
/** A row of the benchmark of other cities: about one of the plan's indicators or a topic in words (the service checks one is given). */
export const comparisonSchema = z.object({
	city: text(120),
	indicatorId: optionalId(),
	topic: optionalText(300),
	value: decimal(),
	unit: optionalText(40),
	year: optionalYear(),
	source: text(1000)
});
export const comparisonIdSchema = z.object({ comparisonId: id() });
/** Where documents are attached in the evaluation's evidence (the files themselves are the server's `attachments`). */
export const evidenceTargetSchema = z.object({ kind: z.enum(['interview', 'finding']), refId: id() });
export const evidenceFileIdSchema = z.object({ fileId: id() });
