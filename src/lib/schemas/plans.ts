// Forms of the plan pages: plans, the tree, indicators, measurements, recommendations, the next plan.
import { z } from 'zod';
import { id, optionalText, text } from './common';
import { m } from '$lib/paraglide/messages';

/** A year: empty = missing (not 0), and the range is said before the integer check (no "at most 9007199254740991"). */
const year = () => z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v), z.number().min(1900).max(2200).int());
/** A number typed the French or the English way ("12 345,5" or "12345.5"). */
export const decimal = () =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'))) : v),
		z.number({ error: () => m.plans_v_number() }).finite()
	);
const optionalDecimal = () => z.preprocess((v) => (v === '' || v === undefined ? null : v), decimal().nullable());
const isoDate = () =>
	z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.plans_error_bad_date() });
const optionalId = () => z.preprocess((v) => (v === '' || v === undefined ? null : v), id().nullable());
const ids = () => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id()));

export const planSchema = z.object({ title: text(200), description: optionalText(5000), startYear: year(), endYear: year() });

export const NODE_KINDS = ['principle', 'strategic_objective', 'operational_objective', 'action'] as const;
export const nodeSchema = z.object({
	parentId: optionalId(),
	kind: z.enum(NODE_KINDS),
	title: text(200),
	description: optionalText(5000),
	weight: optionalDecimal()
});
export const nodeEditSchema = z.object({ nodeId: id(), title: text(200), description: optionalText(5000), weight: optionalDecimal() });
export const nodeMoveSchema = z.object({ nodeId: id(), direction: z.enum(['up', 'down', 'indent', 'outdent']) });
export const nodeIdSchema = z.object({ nodeId: id() });

export const indicatorSchema = z.object({
	nodeId: id(),
	name: text(200),
	definition: optionalText(5000),
	unit: optionalText(40),
	direction: z.enum(['higher', 'lower']),
	baselineValue: decimal(),
	baselineDate: isoDate(),
	targetValue: decimal(),
	targetDate: isoDate(),
	frequency: z.enum(['monthly', 'quarterly', 'yearly', 'once']),
	source: optionalText(500),
	/** the member in charge of the indicator (docs/domain.md, 'Indicators'); empty = nobody */
	responsibleMembershipId: optionalId(),
	weight: optionalDecimal()
});

export const measurementSchema = z.object({ date: isoDate(), value: decimal(), periodLabel: optionalText(40), source: optionalText(500), comment: optionalText(2000) });
export const correctionSchema = z.object({ measurementId: id(), value: decimal(), source: optionalText(500), comment: optionalText(2000) });
export const retireSchema = z.object({ reason: optionalText(2000) });
/** Validating an indicator by hand: when (a calendar date, not in the future: checked by the action) and what validated it. */
export const validateSchema = z.object({ ref: text(100), validatedOn: isoDate() });

export const recommendationSchema = z.object({ nodeId: optionalId(), text: text(5000), priority: z.enum(['high', 'medium', 'low']) });

export const nextPlanSchema = z.object({ title: text(200), description: optionalText(5000), startYear: year(), endYear: year(), keepNodes: ids(), keepIndicators: ids() });

export const linkSchema = z.object({ nodeId: id(), targetType: z.enum(['proposal', 'workshop']), targetId: id(), remove: z.preprocess((v) => v === 'on', z.boolean()) });

const position = () => z.coerce.number().int().min(0).max(100000);
/** A node dropped somewhere in the tree editor: under `parentId` (empty = among the principles) at `position`. */
export const nodeDropSchema = z.object({ nodeId: id(), parentId: optionalId(), position: position() });
/** An indicator moved to an objective at a position (drag and drop, buttons, the indicator page). */
export const indicatorDropSchema = z.object({ indicatorId: id(), nodeId: id(), position: position() });
const chooseObjective = () => m.plans_indicator_move_choose();
export const indicatorMoveSchema = z.object({ nodeId: z.coerce.number({ error: chooseObjective }).int({ error: chooseObjective }).positive({ error: chooseObjective }) });
/** Linking an action: one choice among the council's adopted proposals and workshops, written "proposal:12". */
export const linkTargetSchema = z.object({
	nodeId: id(),
	target: z.string().regex(/^(proposal|workshop):[1-9]\d{0,9}$/, { error: () => m.plans_link_target_choose() })
});

/** A stale carried target (next plan): confirm it as it is, or set a new value and date (required then: the service says so). */
export const targetReviewSchema = z.object({
	mode: z.enum(['confirm', 'update']),
	targetValue: optionalDecimal(),
	targetDate: z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDate().nullable())
});
