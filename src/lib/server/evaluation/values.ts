// Codes and shared checks of the evaluation domain.
import { DomainError } from '../errors';
import { isIsoDate } from '../plans/values';

export const STAGES = [1, 2, 3, 4, 5] as const;
export const STAGE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const AUDIENCES = ['all', 'colleges', 'committee'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const QUESTIONNAIRE_STATUSES = ['draft', 'open', 'closed'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export const INTERVIEW_KINDS = ['individual', 'group'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const FINDING_KINDS = ['strength', 'weakness'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const EVIDENCE_KINDS = ['indicator', 'questionnaire', 'interview'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Trimmed text, required unless optional, at most max characters. */
export function clean(value: string | undefined | null, field: string, max: number, optional = false): string {
	const text = (value ?? '').trim();
	if (!text && !optional) throw new DomainError('plans_error_required', field);
	if (text.length > max) throw new DomainError('plans_error_too_long', field, { max });
	return text;
}

export function checkOptionalDate(value: string | null | undefined, field: string): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	if (!isIsoDate(text)) throw new DomainError('plans_error_bad_date', field);
	return text;
}

export function oneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
	if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) throw new DomainError('plans_error_invalid_choice', field);
	return value as T;
}
