// What people said in confidence stays internal: interview notes and participants, free-text answers
// ('evaluation.readPrivate' reads them). The evaluation may publish a chosen excerpt, anonymised by hand: its text
// is stored as published, tied to its source (an interview, or a free-text question: never a response, so never a
// person), and every publication and withdrawal is audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { evaluationExcerpts, interviews, questionnaireQuestions, questionnaires } from './tables';
import { clean } from './values';

export const EXCERPT_SOURCES = ['interview', 'answer'] as const;
export type ExcerptSource = (typeof EXCERPT_SOURCES)[number];
export type Excerpt = { id: number; interviewId: number | null; questionId: number | null; text: string; publishedAt: Date };

type Campaign = { id: number; planId: number; councilId: number };

/** The source must be an interview of the campaign, or a free-text question of one of its questionnaires already open. */
function checkSource(tx: Tx, campaign: Campaign, source: ExcerptSource, refId: number): { interviewId: number | null; questionId: number | null } {
	if (source === 'interview') {
		const row = tx.select({ c: interviews.campaignId }).from(interviews).where(eq(interviews.id, refId)).get();
		if (row?.c !== campaign.id) throw new DomainError('evaluation_error_excerpt_source', 'refId');
		return { interviewId: refId, questionId: null };
	}
	const row = tx
		.select({ c: questionnaires.campaignId, kind: questionnaireQuestions.kind, status: questionnaires.status })
		.from(questionnaireQuestions)
		.innerJoin(questionnaires, eq(questionnaires.id, questionnaireQuestions.questionnaireId))
		.where(eq(questionnaireQuestions.id, refId))
		.get();
	if (row?.c !== campaign.id || row.kind !== 'text' || row.status === 'draft') throw new DomainError('evaluation_error_excerpt_source', 'refId');
	return { interviewId: null, questionId: refId };
}

export function publishExcerpt(tx: Tx, campaign: Campaign, input: { source: ExcerptSource; refId: number; text: string }, actorId: number | null): number {
	const text = clean(input.text, 'text', 2000);
	const source = checkSource(tx, campaign, input.source, input.refId);
	const row = tx
		.insert(evaluationExcerpts)
		.values({ campaignId: campaign.id, ...source, text, publishedBy: actorId })
		.returning({ id: evaluationExcerpts.id })
		.get();
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'excerpt.publish', entityType: 'excerpt', entityId: row.id, details: { campaignId: campaign.id, ...source, text } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId: campaign.id });
	return row.id;
}

export function withdrawExcerpt(tx: Tx, campaign: Campaign, excerptId: number, actorId: number | null): void {
	const row = tx
		.select()
		.from(evaluationExcerpts)
		.where(and(eq(evaluationExcerpts.id, excerptId), eq(evaluationExcerpts.campaignId, campaign.id)))
		.get();
	if (!row) throw new DomainError('evaluation_error_excerpt_not_found', 'form');
	tx.delete(evaluationExcerpts).where(eq(evaluationExcerpts.id, excerptId)).run();
	recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'excerpt.withdraw', entityType: 'excerpt', entityId: excerptId, details: { text: row.text } });
	publish({ type: 'evaluation.changed', councilId: campaign.councilId, planId: campaign.planId, campaignId: campaign.id });
}

const columns = {
	id: evaluationExcerpts.id,
	interviewId: evaluationExcerpts.interviewId,
	questionId: evaluationExcerpts.questionId,
	text: evaluationExcerpts.text,
	publishedAt: evaluationExcerpts.publishedAt
};

/** The published excerpts of a campaign, oldest first. */
export function campaignExcerpts(tx: Tx, campaignId: number): Excerpt[] {
	return tx.select(columns).from(evaluationExcerpts).where(eq(evaluationExcerpts.campaignId, campaignId)).orderBy(asc(evaluationExcerpts.id)).all();
}

/** The published excerpts of some free-text questions, oldest first. */
export function questionExcerpts(tx: Tx, questionIds: number[]): Excerpt[] {
	if (!questionIds.length) return [];
	return tx.select(columns).from(evaluationExcerpts).where(inArray(evaluationExcerpts.questionId, questionIds)).orderBy(asc(evaluationExcerpts.id)).all();
}
