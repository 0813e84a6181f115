// The evaluation campaign of a plan: its framework (title, context, method, questions, focus areas), its
// steering committee and the five stakeholder stages of docs/domain.md, 'The evaluation cycle', tracked as a timeline.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { users } from '../auth/tables';
import { colleges, memberships, organisations } from '../councils/tables';
import { plans } from '../plans/tables';
import { evaluationCampaigns, evaluationCommittee, evaluationStages } from './tables';
import { checkOptionalDate, clean, STAGES, STAGE_STATUSES, type StageStatus } from './values';

export type CampaignRow = typeof evaluationCampaigns.$inferSelect;
export type CampaignFields = { title: string; context?: string; method?: string; questions?: string; focusAreas?: string };

/** The plan (not closed, not a draft) and its council. */
function evaluablePlan(tx: Tx, planId: number) {
	const plan = tx.select().from(plans).where(eq(plans.id, planId)).get();
	if (!plan) throw new DomainError('plans_error_not_found', 'form');
	if (plan.status === 'draft') throw new DomainError('evaluation_error_plan_draft', 'form');
	if (plan.status === 'closed') throw new DomainError('plans_error_plan_closed', 'form');
	return plan;
}

/** The campaign with its plan's council; refused when missing or when the plan is closed. */
export function writableCampaign(tx: Tx, campaignId: number): CampaignRow & { councilId: number } {
	const campaign = tx.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, campaignId)).get();
	if (!campaign) throw new DomainError('evaluation_error_not_found', 'form');
	const plan = tx.select().from(plans).where(eq(plans.id, campaign.planId)).get()!;
	if (plan.status === 'closed') throw new DomainError('plans_error_plan_closed', 'form');
	return { ...campaign, councilId: plan.councilId };
}

function cleanFields(input: CampaignFields) {
	return {
		title: clean(input.title, 'title', 200),
		context: clean(input.context, 'context', 10000, true),
		method: clean(input.method, 'method', 10000, true),
		questions: clean(input.questions, 'questions', 5000, true),
		focusAreas: clean(input.focusAreas, 'focusAreas', 5000, true)
	};
}

/** Starts the evaluation of a plan (one campaign per plan), with its five stages planned. */
export function createCampaign(planId: number, input: CampaignFields, actorId: number | null): CampaignRow {
	const values = cleanFields(input);
	const result = db().transaction((tx) => {
		const plan = evaluablePlan(tx, planId);
		if (tx.select({ id: evaluationCampaigns.id }).from(evaluationCampaigns).where(eq(evaluationCampaigns.planId, planId)).get()) throw new DomainError('evaluation_error_campaign_exists', 'form');
		const row = tx
			.insert(evaluationCampaigns)
			.values({ planId, ...values, createdBy: actorId })
			.returning()
			.get();
		for (const stage of STAGES) tx.insert(evaluationStages).values({ campaignId: row.id, stage }).run();
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'evaluation.create', entityType: 'evaluation', entityId: row.id, details: { planId, title: values.title } });
		return { row, councilId: plan.councilId };
	});
	publish({ type: 'evaluation.changed', councilId: result.councilId, planId, campaignId: result.row.id });
	return result.row;
}

export function updateCampaign(campaignId: number, input: CampaignFields, actorId: number | null): CampaignRow {
	const values = cleanFields(input);
	const result = db().transaction((tx) => {
		const before = writableCampaign(tx, campaignId);
		const row = tx
			.update(evaluationCampaigns)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(evaluationCampaigns.id, campaignId))
			.returning()
			.get();
		recordAudit(tx, { councilId: before.councilId, actorId, action: 'evaluation.update', entityType: 'evaluation', entityId: campaignId, details: { title: values.title } });
		return { row, councilId: before.councilId };
	});
	publish({ type: 'evaluation.changed', councilId: result.councilId, planId: result.row.planId, campaignId });
	return result.row;
}

/** Replaces the steering committee with these active memberships of the council. */
export function setCommittee(campaignId: number, membershipIds: number[], actorId: number | null): void {
	const ids = [...new Set(membershipIds)];
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		const valid = ids.length
			? tx
					.select({ id: memberships.id })
					.from(memberships)
					.where(and(inArray(memberships.id, ids), eq(memberships.councilId, campaign.councilId), eq(memberships.status, 'active')))
					.all()
			: [];
		if (valid.length !== ids.length) throw new DomainError('evaluation_error_not_member', 'committee');
		tx.delete(evaluationCommittee).where(eq(evaluationCommittee.campaignId, campaignId)).run();
		for (const membershipId of ids) tx.insert(evaluationCommittee).values({ campaignId, membershipId }).run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'evaluation.committee', entityType: 'evaluation', entityId: campaignId, details: { members: ids.length } });
		return campaign;
	});
	publish({ type: 'evaluation.changed', councilId: result.councilId, planId: result.planId, campaignId });
}

export type StagePatch = { status: StageStatus; startDate?: string | null; endDate?: string | null; participants?: string; outputs?: string };

export function updateStage(campaignId: number, stage: number, patch: StagePatch, actorId: number | null): void {
	if (!STAGES.includes(stage as (typeof STAGES)[number])) throw new DomainError('evaluation_error_bad_stage', 'stage');
	if (!STAGE_STATUSES.includes(patch.status)) throw new DomainError('plans_error_invalid_choice', 'status');
	const startDate = checkOptionalDate(patch.startDate, 'startDate');
	const endDate = checkOptionalDate(patch.endDate, 'endDate');
	if (startDate && endDate && endDate < startDate) throw new DomainError('evaluation_error_date_order', 'endDate');
	const participants = clean(patch.participants, 'participants', 5000, true);
	const outputs = clean(patch.outputs, 'outputs', 10000, true);
	const result = db().transaction((tx) => {
		const campaign = writableCampaign(tx, campaignId);
		tx.update(evaluationStages)
			.set({ status: patch.status, startDate, endDate, participants, outputs, updatedAt: new Date() })
			.where(and(eq(evaluationStages.campaignId, campaignId), eq(evaluationStages.stage, stage)))
			.run();
		recordAudit(tx, { councilId: campaign.councilId, actorId, action: 'evaluation.stage', entityType: 'evaluation', entityId: campaignId, details: { stage, status: patch.status } });
		return campaign;
	});
	publish({ type: 'evaluation.changed', councilId: result.councilId, planId: result.planId, campaignId });
}

export type StageItem = { stage: number; status: StageStatus; startDate: string | null; endDate: string | null; participants: string; outputs: string };
export type CommitteeMember = { membershipId: number; userId: number; name: string; organisation: string | null; college: string | null };
export type CampaignDetail = CampaignRow & { councilId: number; stages: StageItem[]; committee: CommitteeMember[] };

export function getCampaignByPlan(planId: number): CampaignDetail | undefined {
	const campaign = db().select().from(evaluationCampaigns).where(eq(evaluationCampaigns.planId, planId)).get();
	return campaign ? detail(campaign) : undefined;
}

export function getCampaign(campaignId: number): CampaignDetail | undefined {
	const campaign = db().select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, campaignId)).get();
	return campaign ? detail(campaign) : undefined;
}

function detail(campaign: CampaignRow): CampaignDetail {
	const d = db();
	const plan = d.select({ councilId: plans.councilId }).from(plans).where(eq(plans.id, campaign.planId)).get()!;
	const stages = d.select().from(evaluationStages).where(eq(evaluationStages.campaignId, campaign.id)).orderBy(asc(evaluationStages.stage)).all();
	const committee = d
		.select({ membershipId: memberships.id, userId: users.id, name: users.name, organisation: organisations.name, college: colleges.name })
		.from(evaluationCommittee)
		.innerJoin(memberships, eq(memberships.id, evaluationCommittee.membershipId))
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(organisations, eq(organisations.id, memberships.organisationId))
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(eq(evaluationCommittee.campaignId, campaign.id))
		.orderBy(asc(users.name))
		.all();
	return {
		...campaign,
		councilId: plan.councilId,
		stages: stages.map((s) => ({ stage: s.stage, status: s.status as StageStatus, startDate: s.startDate, endDate: s.endDate, participants: s.participants, outputs: s.outputs })),
		committee
	};
}

/** Lines of a multi-line text field, trimmed, empty ones dropped. */
export function lines(value: string): string[] {
	return value
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
}
