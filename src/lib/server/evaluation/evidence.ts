// Interviews (individual or group, tagged to objectives) and findings per principle or objective (strengths,
// weaknesses) citing their evidence: indicators, questionnaires, interviews.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { indicators, planNodes } from '../plans/tables';
import { findingEvidence, findings, interviewObjectives, interviews, questionnaires } from './tables';
import { writableCampaign } from './campaigns';
import { campaignExcerpts, type Excerpt } from './excerpts';
import { checkOptionalDate, clean, EVIDENCE_KINDS, FINDING_KINDS, INTERVIEW_KINDS, oneOf, type EvidenceKind, type FindingKind, type InterviewKind } from './values';

export type NewInterview = { kind: InterviewKind; date: string; participants?: string; organisations?: string; notes?: string; nodeIds?: number[] };

function checkNodes(tx: Tx, planId: number, nodeIds: number[], field: string): number[] {
	const ids = [...new Set(nodeIds)];
	if (!ids.length) return ids;
	const found = tx
		.select({ id: planNodes.id })
		.from(planNodes)
		.where(and(inArray(planNodes.id, ids), eq(planNodes.planId, planId)))
		.all();
	if (found.length !== ids.length) throw new DomainError('plans_error_node_not_found', field);
	return ids;
}

export function addInterview(campaignId: number, input: NewInterview, actorId: number | null): number {
	const kind = oneOf(INTERVIEW_KINDS, input.kind, 'kind');
	const date = checkOptionalDate(input.date, 'date');
	if (!date) throw new DomainError('plans_error_required', 'date');
	const participants = clean(input.participants, 'participants', 2000, true);
	const organisations = clean(input.organisations, 'organisations', 2000, true);
	if (!participants && !organisations) throw new DomainError('evaluation_error_interview_who', 'participants');
	const notes = clean(input.notes, 'notes', 20000, true);
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		const nodeIds = checkNodes(tx, campaign.planId, input.nodeIds ?? [], 'nodeIds');
		const row = tx.insert(interviews).values({ campaignId, kind, date, participants, organisations, notes, createdBy: actorId }).returning({ id: interviews.id }).get();
		for (const nodeId of nodeIds) tx.insert(interviewObjectives).values({ interviewId: row.id, nodeId }).run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'interview.create', entityType: 'interview', entityId: row.id, details: { campaignId, kind, date } });
		return { id: row.id, campaign };
	});
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId });
	return result.id;
}

/**
 * An interview as a reader sees it. Its participants and notes are internal ('evaluation.readPrivate'): null for
 * everyone else, who read only the excerpts the evaluation published (excerpts.ts).
 */
export type InterviewItem = Omit<typeof interviews.$inferSelect, 'notes' | 'participants'> & {
	kind: InterviewKind;
	participants: string | null;
	notes: string | null;
	objectives: { id: number; title: string }[];
	excerpts: Excerpt[];
};

/** The campaign's interviews; `readPrivate` (the reader may: auth/permissions.ts) adds participants and notes. */
export function listInterviews(campaignId: number, options: { readPrivate: boolean } = { readPrivate: false }): InterviewItem[] {
	const d = db();
	const rows = d.select().from(interviews).where(eq(interviews.campaignId, campaignId)).orderBy(asc(interviews.date), asc(interviews.id)).all();
	const tags = rows.length
		? d
				.select({ interviewId: interviewObjectives.interviewId, id: planNodes.id, title: planNodes.title })
				.from(interviewObjectives)
				.innerJoin(planNodes, eq(planNodes.id, interviewObjectives.nodeId))
				.where(
					inArray(
						interviewObjectives.interviewId,
						rows.map((r) => r.id)
					)
				)
				.all()
		: [];
	const excerpts = campaignExcerpts(d, campaignId);
	return rows.map(({ notes, participants, ...r }) => ({
		...r,
		kind: r.kind as InterviewKind,
		participants: options.readPrivate ? participants : null,
		notes: options.readPrivate ? notes : null,
		objectives: tags.filter((t) => t.interviewId === r.id).map(({ id, title }) => ({ id, title })),
		excerpts: excerpts.filter((e) => e.interviewId === r.id)
	}));
}

export type Evidence = { kind: EvidenceKind; refId: number };
export type NewFinding = { nodeId: number | null; kind: FindingKind; text: string; evidence?: Evidence[] };

/** Each cited item must belong to the campaign (questionnaires, interviews) or its plan (indicators). */
function checkEvidence(tx: Tx, campaign: { id: number; planId: number }, evidence: Evidence[]): Evidence[] {
	const seen = new Set<string>();
	const out: Evidence[] = [];
	for (const e of evidence) {
		const kind = oneOf(EVIDENCE_KINDS, e.kind, 'evidence');
		const key = `${kind}:${e.refId}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const ok =
			kind === 'indicator'
				? tx.select({ planId: indicators.planId }).from(indicators).where(eq(indicators.id, e.refId)).get()?.planId === campaign.planId
				: kind === 'questionnaire'
					? tx.select({ c: questionnaires.campaignId }).from(questionnaires).where(eq(questionnaires.id, e.refId)).get()?.c === campaign.id
					: tx.select({ c: interviews.campaignId }).from(interviews).where(eq(interviews.id, e.refId)).get()?.c === campaign.id;
		if (!ok) throw new DomainError('evaluation_error_evidence_not_found', 'evidence');
		out.push({ kind, refId: e.refId });
	}
	return out;
}

export function addFinding(campaignId: number, input: NewFinding, actorId: number | null): number {
	const kind = oneOf(FINDING_KINDS, input.kind, 'kind');
	const text = clean(input.text, 'text', 5000);
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		if (input.nodeId !== null) {
			const node = tx.select({ planId: planNodes.planId, kind: planNodes.kind }).from(planNodes).where(eq(planNodes.id, input.nodeId)).get();
			if (!node || node.planId !== campaign.planId) throw new DomainError('plans_error_node_not_found', 'nodeId');
			if (node.kind === 'action') throw new DomainError('evaluation_error_finding_node_kind', 'nodeId');
		}
		const evidence = checkEvidence(tx, campaign, input.evidence ?? []);
		const position =
			tx
				.select({ n: sql<number>`coalesce(max(${findings.position}) + 1, 0)` })
				.from(findings)
				.where(eq(findings.campaignId, campaignId))
				.get()?.n ?? 0;
		const row = tx.insert(findings).values({ campaignId, nodeId: input.nodeId, kind, text, position, createdBy: actorId }).returning({ id: findings.id }).get();
		for (const e of evidence)
			tx.insert(findingEvidence)
				.values({ findingId: row.id, ...e })
				.run();
		recordAudit(tx, {
			councilId: campaign.councilId,
			actorId,
			action: 'finding.create',
			entityType: 'finding',
			entityId: row.id,
			details: { campaignId, kind, nodeId: input.nodeId, evidence: evidence.length }
		});
		return { id: row.id, campaign };
	});
	publish({ type: 'evaluation.changed', councilId: result.campaign.councilId, planId: result.campaign.planId, campaignId });
	return result.id;
}

export function deleteFinding(findingId: number, actorId: number | null): void {
	const result = db().transaction((tx) => {
		const row = tx.select().from(findings).where(eq(findings.id, findingId)).get();
		if (!row) throw new DomainError('evaluation_error_finding_not_found', 'form');
		const campaign = writableCampaign(tx, row.campaignId);
		tx.delete(findings).where(eq(findings.id, findingId)).run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'finding.delete', entityType: 'finding', entityId: findingId, details: { text: row.text } });
		return campaign;
	});
	publish({ type: 'evaluation.changed', councilId: result.councilId, planId: result.planId, campaignId: result.id });
}

export type FindingItem = typeof findings.$inferSelect & {
	kind: FindingKind;
	nodeTitle: string | null;
	evidence: { kind: EvidenceKind; refId: number; label: string }[];
};

export function listFindings(campaignId: number): FindingItem[] {
	const d = db();
	const rows = d
		.select({ f: findings, nodeTitle: planNodes.title })
		.from(findings)
		.leftJoin(planNodes, eq(planNodes.id, findings.nodeId))
		.where(eq(findings.campaignId, campaignId))
		.orderBy(asc(findings.position), asc(findings.id))
		.all();
	const ev = rows.length
		? d
				.select()
				.from(findingEvidence)
				.where(
					inArray(
						findingEvidence.findingId,
						rows.map((r) => r.f.id)
					)
				)
				.all()
		: [];
	const ids = (kind: string) => [...new Set(ev.filter((e) => e.kind === kind).map((e) => e.refId))];
	const label = new Map<string, string>();
	const ind = ids('indicator');
	if (ind.length) for (const r of d.select({ id: indicators.id, name: indicators.name }).from(indicators).where(inArray(indicators.id, ind)).all()) label.set(`indicator:${r.id}`, r.name);
	const qs = ids('questionnaire');
	if (qs.length)
		for (const r of d.select({ id: questionnaires.id, title: questionnaires.title }).from(questionnaires).where(inArray(questionnaires.id, qs)).all()) label.set(`questionnaire:${r.id}`, r.title);
	const its = ids('interview');
	if (its.length)
		// never the participants' names: findings are public, who was interviewed is not
		for (const r of d.select({ id: interviews.id, date: interviews.date, orgs: interviews.organisations }).from(interviews).where(inArray(interviews.id, its)).all())
			label.set(`interview:${r.id}`, r.orgs ? `${r.date} — ${r.orgs}` : r.date);
	return rows.map(({ f, nodeTitle }) => ({
		...f,
		kind: f.kind as FindingKind,
		nodeTitle,
		evidence: ev.filter((e) => e.findingId === f.id).map((e) => ({ kind: e.kind as EvidenceKind, refId: e.refId, label: label.get(`${e.kind}:${e.refId}`) ?? '' }))
	}));
}
