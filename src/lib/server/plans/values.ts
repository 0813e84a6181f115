// The codes of the plans domain and the checks every service shares (text, dates, numbers, weights).
import { DomainError } from '../errors';

export const PLAN_STATUSES = ['draft', 'adopted', 'under_evaluation', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const NODE_KINDS = ['principle', 'strategic_objective', 'operational_objective', 'action'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Which kinds may sit under which: principles at the root, then strategic objectives, then the rest. */
export const ALLOWED_PARENT: Record<NodeKind, readonly (NodeKind | null)[]> = {
	principle: [null],
	strategic_objective: ['principle'],
	operational_objective: ['strategic_objective'],
	action: ['strategic_objective', 'operational_objective']
};

/** Indicators measure objectives. */
export const INDICATOR_NODE_KINDS: readonly NodeKind[] = ['strategic_objective', 'operational_objective'];
/** Only actions link proposals and workshops. */
export const LINK_NODE_KINDS: readonly NodeKind[] = ['action'];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FREQUENCIES = ['monthly', 'quarterly', 'yearly', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const INDICATOR_STATES = ['proposed', 'validated', 'retired'] as const;
export type IndicatorState = (typeof INDICATOR_STATES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const LINK_TARGET_TYPES = ['proposal', 'workshop'] as const;
export type LinkTargetType = (typeof LINK_TARGET_TYPES)[number];
/** Proposals an action may link: the ones the council adopted (and went on to carry out). */
export const ADOPTED_PROPOSAL_STATES = ['adopted', 'in_implementation', 'implemented'] as const;

export const LIMITS = { title: 200, description: 5000, name: 200, definition: 5000, unit: 40, source: 500, comment: 2000, ref: 100, periodLabel: 40, recommendation: 5000 } as const;

/** Trimmed text, required unless `optional`, at most `max` characters. */
export function cleanText(value: string | undefined | null, field: string, max: number, optional = false): string {
	const text = (value ?? '').trim();
	if (!text && !optional) throw new DomainError('plans_error_required', field);
	if (text.length > max) throw new DomainError('plans_error_too_long', field, { max });
	return text;
}

export function oneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
	if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) throw new DomainError('plans_error_invalid_choice', field);
	return value as T;
}

/** A real calendar day written YYYY-MM-DD, between years 1900 and 2200. */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
	return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function checkDate(value: string | undefined | null, field: string): string {
	const text = (value ?? '').trim();
	if (!text) throw new DomainError('plans_error_required', field);
	if (!isIsoDate(text)) throw new DomainError('plans_error_bad_date', field);
	return text;
}

export function checkNumber(value: unknown, field: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainError('plans_error_bad_number', field);
	return value;
}

/** A roll-up weight: null (counts as 1) or a finite number ≥ 0 (0 = shown but not counted). */
export function checkWeight(value: number | null | undefined, field = 'weight'): number | null {
	if (value === null || value === undefined) return null;
	if (!Number.isFinite(value) || value < 0 || value > 1_000_000) throw new DomainError('plans_error_bad_weight', field);
	return value;
}

export function checkYear(value: unknown, field: string): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) throw new DomainError('plans_error_bad_year', field);
	return value;
}

/** 31 December of a year, as an ISO date. */
export function endOfYear(year: number): string {
	return `${String(year).padStart(4, '0')}-12-31`;
}
