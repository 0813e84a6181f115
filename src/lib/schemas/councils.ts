// Councils: the creation form, the settings forms (general, voting, colleges, themes), the audit filters and
// the read-only API queries. Constants live in ./council-options (safe to import in the browser).
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { checkbox, id, optionalText, text } from './common';
import { SLUG_MAX, SLUG_PATTERN, slugify } from '$lib/slug';
import { formatNumber } from '$lib/i18n/format';
import { MAJORITIES, MAJORITY_BASES, MEMBER_ROLES, MOVE_DIRECTIONS, QUORUM_KINDS, THEME_KINDS, WEIGHTINGS } from './council-options';

/** A number typed in a form: '' is missing, a French decimal comma is accepted. */
export const decimal = <T extends z.ZodType>(inner: T) =>
	z.preprocess((v) => {
		if (typeof v !== 'string') return v;
		const s = v.trim().replace(',', '.');
		return s === '' ? undefined : Number(s);
	}, inner);

/** An optional form number: '' counts as the fallback. */
const decimalOr = (fallback: number, inner: z.ZodNumber) =>
	z.preprocess((v) => {
		if (v === undefined || v === null) return fallback;
		if (typeof v !== 'string') return v;
		const s = v.trim().replace(',', '.');
		return s === '' ? fallback : Number(s);
	}, inner);

const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(2000)));

export const weight = () => decimalOr(0, z.number().min(0).max(100));
const visibility = z.enum(['public', 'private']).transform((v) => v === 'public');

/** The "requests to join" setting: one checkbox. */
export const joinRequestsSettingSchema = z.object({ joinRequestsOpen: checkbox() });

export const generalSchema = z.object({
	name: text(120),
	territory: text(120),
	description: optionalText(2000),
	visibility
});

const votingShape = {
	weighting: z.enum(WEIGHTINGS),
	majority: z.enum(MAJORITIES),
	majorityBase: z.enum(MAJORITY_BASES),
	quorumKind: z.enum(QUORUM_KINDS),
	quorumValue: decimalOr(0, z.number().min(0).max(100000)),
	proxyLimit: decimal(z.number().int().min(0).max(10)),
	secretMinGroup: decimalOr(5, z.number().int().min(1).max(1000)),
	supportThreshold: decimal(z.number().int().min(0).max(100000))
};

type VotingInput = { quorumKind: string; quorumValue: number };
function checkQuorum(v: VotingInput, ctx: z.RefinementCtx) {
	if (v.quorumKind === 'count' && (!Number.isInteger(v.quorumValue) || v.quorumValue < 1)) ctx.addIssue({ code: 'custom', path: ['quorumValue'], message: m.councils_v_quorum_count() });
	if (v.quorumKind === 'share' && (v.quorumValue <= 0 || v.quorumValue > 100)) ctx.addIssue({ code: 'custom', path: ['quorumValue'], message: m.councils_v_quorum_share() });
}
const normaliseQuorum = <T extends VotingInput>(v: T): T => (v.quorumKind === 'none' ? { ...v, quorumValue: 0 } : v);

export const votingSchema = z.object(votingShape).superRefine(checkQuorum).transform(normaliseQuorum);

export type CollegeRowInput = { name: string; description: string; weight: number };

/** Reads the repeated college rows of the creation form; fully empty rows are ignored. */
function collegeRows(v: { collegeName: string[]; collegeDescription: string[]; collegeWeight: string[] }, ctx: z.RefinementCtx) {
	const rows: CollegeRowInput[] = [];
	const seen = new Set<string>();
	const count = Math.max(v.collegeName.length, v.collegeDescription.length, v.collegeWeight.length);
	for (let i = 0; i < count; i++) {
		const name = (v.collegeName[i] ?? '').trim();
		const description = (v.collegeDescription[i] ?? '').trim();
		const rawWeight = (v.collegeWeight[i] ?? '').trim();
		if (!name && !description && !rawWeight) continue;
		if (!name) ctx.addIssue({ code: 'custom', path: ['collegeName', i], message: m.councils_v_college_name() });
		else if (name.length > 120) ctx.addIssue({ code: 'custom', path: ['collegeName', i], message: m.common_v_too_long({ max: '120' }) });
		else if (seen.has(name.toLocaleLowerCase('fr'))) ctx.addIssue({ code: 'custom', path: ['collegeName', i], message: m.councils_error_college_name_taken() });
		seen.add(name.toLocaleLowerCase('fr'));
		if (description.length > 500) ctx.addIssue({ code: 'custom', path: ['collegeDescription', i], message: m.common_v_too_long({ max: '500' }) });
		const parsed = weight().safeParse(rawWeight);
		if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['collegeWeight', i], message: parsed.error.issues[0].message });
		rows.push({ name, description, weight: parsed.success ? parsed.data : 0 });
	}
	return rows;
}

export const createCouncilSchema = z
	.object({
		...generalSchema.shape,
		slug: z.string().trim().toLowerCase().max(SLUG_MAX).default(''),
		...votingShape,
		collegeName: list,
		collegeDescription: list,
		collegeWeight: list
	})
	.transform((v, ctx) => {
		if (v.slug && !SLUG_PATTERN.test(v.slug)) ctx.addIssue({ code: 'custom', path: ['slug'], message: m.councils_v_slug() });
		checkQuorum(v, ctx);
		const { collegeName, collegeDescription, collegeWeight, visibility: isPublic, ...rest } = v;
		const colleges = collegeRows({ collegeName, collegeDescription, collegeWeight }, ctx);
		if (rest.weighting === 'college') {
			// the service checks it too; checking here shows every error of the form at once
			const total = Math.round(colleges.reduce((sum, c) => sum + c.weight, 0) * 100) / 100;
			if (colleges.length === 0 || Math.abs(total - 100) > 0.005) ctx.addIssue({ code: 'custom', path: ['weights'], message: m.councils_error_weights_total({ total: formatNumber(total) }) });
		}
		return normaliseQuorum({ ...rest, isPublic, slug: rest.slug || slugify(rest.name), colleges });
	});
export type CreateCouncilInput = z.output<typeof createCouncilSchema>;

export const collegeAddSchema = z.object({ name: text(120), description: optionalText(500), weight: weight() });
export const collegeUpdateSchema = z.object({ id: id(), name: text(120), description: optionalText(500) });
export const collegeWeightsSchema = z.object({ collegeId: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]), z.array(id())), weight: list }).transform((v, ctx) => {
	if (v.collegeId.length !== v.weight.length) ctx.addIssue({ code: 'custom', path: ['weights'], message: m.common_v_invalid() });
	return v.collegeId.map((collegeId, i) => {
		const parsed = weight().safeParse(v.weight[i] ?? '');
		if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['weight', i], message: parsed.error.issues[0].message });
		return { id: collegeId, weight: parsed.success ? parsed.data : 0 };
	});
});

export const idSchema = z.object({ id: id() });
export const moveSchema = z.object({ id: id(), direction: z.enum(MOVE_DIRECTIONS) });
export const themeAddSchema = z.object({ kind: z.enum(THEME_KINDS), name: text(120) });
export const themeRenameSchema = z.object({ id: id(), name: text(120) });
export const themeArchiveSchema = z.object({ id: id(), archived: z.enum(['true', 'false']).transform((v) => v === 'true') });

/** Filters of the audit log page, read from the URL: bad values are dropped, never an error. */
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((s) => !Number.isNaN(new Date(`${s}T00:00:00`).getTime()))
	.optional()
	.catch(undefined);
export const auditFilterSchema = z.object({
	action: z
		.string()
		.trim()
		.max(80)
		.regex(/^[a-z0-9_.]*$/)
		.optional()
		.catch(undefined),
	actor: z.coerce.number().int().positive().optional().catch(undefined),
	entity: z
		.string()
		.trim()
		.max(40)
		.regex(/^[a-z0-9_]*$/)
		.optional()
		.catch(undefined),
	from: day,
	to: day,
	page: z.coerce.number().int().min(1).max(100000).catch(1).default(1)
});

/** A whole number in a query string: absent means the default, anything else must be valid. */
const intParam = (min: number, max: number, fallback: number) => z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), z.number().int().min(min).max(max).default(fallback));

export const API_PAGE_SIZE_MAX = 100;
export const apiMembersQuerySchema = z.object({
	page: intParam(1, 100000, 1),
	pageSize: intParam(1, API_PAGE_SIZE_MAX, 25),
	college: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), z.number().int().positive().optional()),
	role: z.enum(MEMBER_ROLES).optional(),
	status: z.enum(['active', 'deactivated', 'all']).default('active')
});
export type ApiMembersQuery = z.output<typeof apiMembersQuerySchema>;
