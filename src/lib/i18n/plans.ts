// Labels of the plans and evaluation codes (statuses, kinds, directions, progress…), looked up by code.
import { t } from './translate';

export const planStatusLabel = (status: string) => t(`plans_status_${status}`);
export const nodeKindLabel = (kind: string) => t(`plans_kind_${kind}`);
export const directionLabel = (direction: string) => t(`plans_direction_${direction}`);
export const frequencyLabel = (frequency: string) => t(`plans_frequency_${frequency}`);
export const indicatorStateLabel = (state: string) => t(`plans_indicator_state_${state}`);
export const priorityLabel = (priority: string) => t(`plans_priority_${priority}`);
export const progressLabel = (status: string) => t(`plans_progress_${status}`);
export const importFieldLabel = (field: string) => t(`plans_import_field_${field}`);
export const stageLabel = (stage: number) => t(`evaluation_stage_${stage}`);
export const stageStatusLabel = (status: string) => t(`evaluation_stage_status_${status}`);
export const questionKindLabel = (kind: string) => t(`evaluation_kind_${kind}`);
export const audienceLabel = (audience: string) => t(`evaluation_audience_${audience}`);
export const questionnaireStatusLabel = (status: string) => t(`evaluation_q_status_${status}`);
export const findingKindLabel = (kind: string) => t(`evaluation_finding_${kind}`);
export const interviewKindLabel = (kind: string) => t(`evaluation_interview_${kind}`);
export const evidenceKindLabel = (kind: string) => t(`evaluation_evidence_kind_${kind}`);

/** The progress to show: below the baseline an indicator reads its real (negative) ratio, else the clamped one. */
export function shownProgress(p: { progress: number | null; raw?: number | null }): number | null {
	if (p.progress === null) return null;
	return p.raw !== null && p.raw !== undefined && p.raw < 0 ? p.raw : p.progress;
}
