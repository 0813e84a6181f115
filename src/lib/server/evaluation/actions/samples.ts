// Sample inputs of the evaluation actions, drawn from a council's objects (see actions/samples.ts): the demo's
// evaluated plan, its campaign, questionnaire, approval round, findings, recommendations and benchmark rows.
import { eq } from 'drizzle-orm';
import { type SampleWorld, type Samples } from '../../actions/sample-types';
import { evaluatedPlan } from '../../plans/actions/samples';
import { recommendations } from '../../plans/tables';
import { approvalRoundIndicators, approvalRounds, evaluationCampaigns, evaluationComparisons, evaluationExcerpts, findings, interviews, questionnaireQuestions, questionnaires } from '../tables';

const evaluated = (w: SampleWorld) => {
	const planId = evaluatedPlan(w);
	const campaignId = w.db.select({ id: evaluationCampaigns.id }).from(evaluationCampaigns).where(eq(evaluationCampaigns.planId, planId)).get()!.id;
	return { planId, campaignId };
};

const questionnaire = (w: SampleWorld) => {
	const { planId, campaignId } = evaluated(w);
	const q = w.db.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.campaignId, campaignId)).get()!;
	const question = w.db.select({ id: questionnaireQuestions.id }).from(questionnaireQuestions).where(eq(questionnaireQuestions.questionnaireId, q.id)).get()!;
	return { planId, questionnaireId: q.id, questionId: question.id };
};

const round = (w: SampleWorld) => {
	const { planId, campaignId } = evaluated(w);
	const row = w.db.select({ id: approvalRounds.id }).from(approvalRounds).where(eq(approvalRounds.campaignId, campaignId)).get()!;
	const indicatorId = w.db.select({ id: approvalRoundIndicators.indicatorId }).from(approvalRoundIndicators).where(eq(approvalRoundIndicators.roundId, row.id)).get()!.id;
	return { planId, roundId: row.id, indicatorId };
};

const comparison = (w: SampleWorld) => {
	const { planId, campaignId } = evaluated(w);
	return { planId, comparisonId: w.db.select({ id: evaluationComparisons.id }).from(evaluationComparisons).where(eq(evaluationComparisons.campaignId, campaignId)).get()!.id };
};
const comparisonFields = { city: 'Lyon', topic: 'Exemple', value: '12,5', unit: '%', year: '2020', source: 'Exemple' };

const question = { kind: 'single', label: 'Question exemple', options: 'Oui\nNon' };

export const evaluationSamples: Samples = {
	'evaluation.createCampaign': (w: SampleWorld) => ({ planId: evaluated(w).planId, title: 'Évaluation' }),
	'evaluation.updateCampaign': (w: SampleWorld) => ({ planId: evaluated(w).planId, title: 'Évaluation' }),
	'evaluation.setCommittee': (w: SampleWorld) => ({ planId: evaluated(w).planId, members: [] }),
	'evaluation.updateStage': (w: SampleWorld) => ({ planId: evaluated(w).planId, stage: '1', status: 'done' }),
	'evaluation.createQuestionnaire': (w: SampleWorld) => ({ planId: evaluated(w).planId, title: 'Questionnaire', audience: 'all' }),
	'evaluation.openQuestionnaire': (w: SampleWorld) => {
		const { planId, questionnaireId } = questionnaire(w);
		return { planId, questionnaireId };
	},
	'evaluation.closeQuestionnaire': (w: SampleWorld) => {
		const { planId, questionnaireId } = questionnaire(w);
		return { planId, questionnaireId };
	},
	'evaluation.addQuestion': (w: SampleWorld) => {
		const { planId, questionnaireId } = questionnaire(w);
		return { planId, questionnaireId, ...question };
	},
	'evaluation.editQuestion': (w: SampleWorld) => ({ ...questionnaire(w), ...question }),
	'evaluation.moveQuestion': (w: SampleWorld) => ({ ...questionnaire(w), direction: 'down' }),
	'evaluation.removeQuestion': (w: SampleWorld) => questionnaire(w),
	'evaluation.respondQuestionnaire': (w: SampleWorld) => {
		const { planId, questionnaireId, questionId } = questionnaire(w);
		return { planId, questionnaireId, [`q${questionId}`]: '0' };
	},
	'evaluation.openRound': (w: SampleWorld) => {
		const { planId, indicatorId } = round(w);
		return { planId, title: 'Tour exemple', indicators: [indicatorId], colleges: [], weighting: 'none', majority: 'simple', base: 'cast', quorumKind: 'none' };
	},
	'evaluation.castApproval': (w: SampleWorld) => ({ ...round(w), choice: 'yes' }),
	'evaluation.closeRound': (w: SampleWorld) => {
		const { planId, roundId } = round(w);
		return { planId, roundId, confirm: 'yes' };
	},
	'evaluation.remindRound': (w: SampleWorld) => {
		const { planId, roundId } = round(w);
		return { planId, roundId };
	},
	'evaluation.remindQuestionnaire': (w: SampleWorld) => {
		const { planId, questionnaireId } = questionnaire(w);
		return { planId, questionnaireId };
	},
	'evaluation.publishExcerpt': (w: SampleWorld) => {
		const { planId, campaignId } = evaluated(w);
		const interviewId = w.db.select({ id: interviews.id }).from(interviews).where(eq(interviews.campaignId, campaignId)).get()!.id;
		return { planId, source: 'interview', refId: interviewId, text: 'Extrait exemple' };
	},
	'evaluation.withdrawExcerpt': (w: SampleWorld) => {
		const { planId, campaignId } = evaluated(w);
		return { planId, excerptId: w.db.select({ id: evaluationExcerpts.id }).from(evaluationExcerpts).where(eq(evaluationExcerpts.campaignId, campaignId)).get()!.id };
	},
	'evaluation.addInterview': (w: SampleWorld) => ({ planId: evaluated(w).planId, kind: 'group', date: '2021-02-01', notes: 'Exemple' }),
	'evaluation.addFinding': (w: SampleWorld) => ({ planId: evaluated(w).planId, kind: 'strength', text: 'Exemple' }),
	'evaluation.deleteFinding': (w: SampleWorld) => {
		const { planId, campaignId } = evaluated(w);
		return { planId, findingId: w.db.select({ id: findings.id }).from(findings).where(eq(findings.campaignId, campaignId)).get()!.id };
	},
	'evaluation.addRecommendation': (w: SampleWorld) => ({ planId: evaluated(w).planId, text: 'Exemple', priority: 'high' }),
	'evaluation.updateRecommendation': (w: SampleWorld) => {
		const { planId } = evaluated(w);
		const recommendationId = w.db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.planId, planId)).get()!.id;
		return { planId, recommendationId, text: 'Exemple', priority: 'low' };
	},
	'evaluation.deleteRecommendation': (w: SampleWorld) => {
		const { planId } = evaluated(w);
		return { planId, recommendationId: w.db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.planId, planId)).get()!.id };
	},
	'evaluation.addComparison': (w: SampleWorld) => ({ planId: evaluated(w).planId, ...comparisonFields }),
	'evaluation.updateComparison': (w: SampleWorld) => ({ ...comparison(w), ...comparisonFields }),
	'evaluation.deleteComparison': (w: SampleWorld) => comparison(w),
	'evaluation.attachEvidenceDocuments': (w: SampleWorld) => {
		const { planId, campaignId } = evaluated(w);
		const refId = w.db.select({ id: findings.id }).from(findings).where(eq(findings.campaignId, campaignId)).get()!.id;
		return { planId, kind: 'finding', refId, attachments: new File(['Note de parangonnage'], 'note.txt', { type: 'text/plain' }) };
	},
	'evaluation.removeEvidenceDocument': (w: SampleWorld) => ({ planId: evaluated(w).planId, fileId: '1' })
};
