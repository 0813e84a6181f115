// What the evaluation actions load within the council of the request before they run: the plan named by the input
// (plans/actions/scope.ts), its evaluation campaign, and a questionnaire, question, approval round, finding or
// recommendation of that campaign or plan, a row of its benchmark of other cities. Anything missing or of another council is "not found", never "forbidden".
import { and, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { DomainError } from '../../errors';
import { planScope, type PlanScope } from '../../plans/actions/scope';
import { recommendations } from '../../plans/tables';
import { getCampaignByPlan, type CampaignDetail } from '../campaigns';
import { getQuestionnaire, type QuestionnaireDetail } from '../questionnaires';
import { approvalRounds, evaluationComparisons, findings } from '../tables';

export type CampaignScope = PlanScope & { campaign: CampaignDetail };
export type QuestionnaireScope = CampaignScope & { questionnaire: QuestionnaireDetail };

/** The plan of the input and its evaluation campaign. */
export function campaignScope(ctx: ScopeContext, input: { planId: number }): CampaignScope {
	const scope = planScope(ctx, input);
	const campaign = getCampaignByPlan(scope.plan.id);
	if (!campaign) throw new DomainError('evaluation_error_not_found', 'form');
	return { ...scope, campaign };
}

/** A questionnaire of the campaign of the plan of the input. */
export function questionnaireScope(ctx: ScopeContext, input: { planId: number; questionnaireId: number }): QuestionnaireScope {
	const scope = campaignScope(ctx, input);
	const questionnaire = getQuestionnaire(input.questionnaireId);
	if (!questionnaire || questionnaire.campaignId !== scope.campaign.id) throw new DomainError('evaluation_error_questionnaire_not_found', 'form');
	return { ...scope, questionnaire };
}

/** A question of the questionnaire of the input. */
export function questionScope(ctx: ScopeContext, input: { planId: number; questionnaireId: number; questionId: number }) {
	const scope = questionnaireScope(ctx, input);
	const question = scope.questionnaire.questions.find((q) => q.id === input.questionId);
	if (!question) throw new DomainError('evaluation_error_question_not_found', 'form');
	return { ...scope, question };
}

/** An approval round of the campaign. */
export function roundScope(ctx: ScopeContext, input: { planId: number; roundId: number }): CampaignScope {
	const scope = campaignScope(ctx, input);
	const round = ctx.tx
		.select({ id: approvalRounds.id })
		.from(approvalRounds)
		.where(and(eq(approvalRounds.id, input.roundId), eq(approvalRounds.campaignId, scope.campaign.id)))
		.get();
	if (!round) throw new DomainError('evaluation_error_round_not_found', 'form');
	return scope;
}

/** A finding of the campaign. */
export function findingScope(ctx: ScopeContext, input: { planId: number; findingId: number }): CampaignScope {
	const scope = campaignScope(ctx, input);
	const row = ctx.tx
		.select({ id: findings.id })
		.from(findings)
		.where(and(eq(findings.id, input.findingId), eq(findings.campaignId, scope.campaign.id)))
		.get();
	if (!row) throw new DomainError('evaluation_error_finding_not_found', 'form');
	return scope;
}

/** A recommendation of the plan (whose campaign made it). */
export function recommendationScope(ctx: ScopeContext, input: { planId: number; recommendationId: number }): CampaignScope {
	const scope = campaignScope(ctx, input);
	const row = ctx.tx
		.select({ id: recommendations.id })
		.from(recommendations)
		.where(and(eq(recommendations.id, input.recommendationId), eq(recommendations.planId, scope.plan.id)))
		.get();
	if (!row) throw new DomainError('plans_error_recommendation_not_found', 'form');
	return scope;
}

/** A row of the campaign's benchmark of other cities. */
export function comparisonScope(ctx: ScopeContext, input: { planId: number; comparisonId: number }): CampaignScope {
	const scope = campaignScope(ctx, input);
	const row = ctx.tx
		.select({ id: evaluationComparisons.id })
		.from(evaluationComparisons)
		.where(and(eq(evaluationComparisons.id, input.comparisonId), eq(evaluationComparisons.campaignId, scope.campaign.id)))
		.get();
	if (!row) throw new DomainError('evaluation_error_comparison_not_found', 'form');
	return scope;
}
