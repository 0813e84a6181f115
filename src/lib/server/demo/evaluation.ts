// Demo data (docs/domain.md, 'The demo council'): the plan PLDESS 2016-2020 (plans.ts) under evaluation — steering committee, the
// five stages, an anonymous questionnaire with 30 responses, interviews, findings citing their evidence,
// recommendations, a benchmark of other cities (benchmark-data.ts), an open approval round for the one indicator still proposed — and the draft PLDESS
// 2021-2026 drawn from it with draftNextPlan.
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { colleges, councils, memberships } from '../councils/tables';
import { recommendations } from '../plans/tables';
import { draftNextPlan } from '../plans/next-plan';
import { seedDemoPlans } from './plans';
import { DEMO_COMPARISONS } from './benchmark-data';
import { DEMO_QUESTIONNAIRE, DEMO_CAMPAIGN, DEMO_EXCERPTS, DEMO_FINDINGS, DEMO_INTERVIEWS, DEMO_RECOMMENDATIONS, DEMO_STAGES, KEPT_OUT_NODES } from './evaluation-data';
import {
	approvalRoundColleges,
	approvalRoundIndicators,
	approvalRounds,
	evaluationCampaigns,
	evaluationCommittee,
	evaluationComparisons,
	evaluationExcerpts,
	evaluationStages,
	findingEvidence,
	findings,
	interviewObjectives,
	interviews,
	questionnaireParticipations,
	questionnaireQuestions,
	questionnaireResponses,
	questionnaires
} from '../evaluation/tables';

export function seedDemoPlansAndEvaluation(slug: string): void {
	const d = db();
	const council = d.select().from(councils).where(eq(councils.slug, slug)).get();
	if (!council) return;
	const member = (email: string) =>
		d
			.select({ userId: users.id, membershipId: memberships.id })
			.from(users)
			.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.councilId, council.id)))
			.where(eq(users.email, email))
			.get();
	const secretariat = member('secretariat@demo.cocon.fr');
	const evaluator = member('evaluation@demo.cocon.fr');
	const chair = member('presidence@demo.cocon.fr');
	const everyone = d
		.select({ userId: memberships.userId, membershipId: memberships.id, roles: memberships.roles, email: users.email, collegeId: memberships.collegeId })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.councilId, council.id))
		.orderBy(memberships.id)
		.all();
	const generated = everyone.filter((p) => /\.\d+@demo\.cocon\.fr$/.test(p.email) && p.roles.includes('member'));
	const collegeRows = d.select().from(colleges).where(eq(colleges.councilId, council.id)).orderBy(colleges.position).all();

	const seeded = d.transaction((tx) => {
		const plan = seedDemoPlans(tx, council.id, {
			secretariatUserId: secretariat?.userId ?? null,
			evaluatorUserId: evaluator?.userId ?? null,
			responsibleMembershipIds: [evaluator?.membershipId, secretariat?.membershipId, chair?.membershipId].filter((x): x is number => x !== undefined)
		});
		const campaign = tx
			.insert(evaluationCampaigns)
			.values({ planId: plan.planId, ...DEMO_CAMPAIGN, createdBy: evaluator?.userId ?? null, createdAt: new Date('2020-09-15T09:00:00Z'), updatedAt: new Date('2021-03-01T09:00:00Z') })
			.returning({ id: evaluationCampaigns.id })
			.get();
		for (const s of DEMO_STAGES)
			tx.insert(evaluationStages)
				.values({ campaignId: campaign.id, ...s })
				.run();
		const committee = [secretariat, chair, evaluator, ...generated.filter((p) => p.collegeId === collegeRows[1]?.id).slice(0, 3)].filter((x) => x !== undefined);
		for (const c of committee) tx.insert(evaluationCommittee).values({ campaignId: campaign.id, membershipId: c.membershipId }).run();

		// the questionnaire, open, anonymous: 30 members answered (participations apart from the answers)
		const q = tx
			.insert(questionnaires)
			.values({
				campaignId: campaign.id,
				title: DEMO_QUESTIONNAIRE.title,
				intro: DEMO_QUESTIONNAIRE.intro,
				audience: 'all',
				anonymous: true,
				status: 'open',
				openedAt: new Date('2021-01-04T08:00:00Z'),
				createdBy: evaluator?.userId ?? null
			})
			.returning({ id: questionnaires.id })
			.get();
		const questionIds = DEMO_QUESTIONNAIRE.questions.map(
			(question, position) =>
				tx
					.insert(questionnaireQuestions)
					.values({ questionnaireId: q.id, position, kind: question.kind, label: question.label, required: question.required ?? true, options: question.options ?? [] })
					.returning({ id: questionnaireQuestions.id })
					.get().id
		);
		generated.slice(0, 30).forEach((person, n) => {
			tx.insert(questionnaireParticipations)
				.values({ questionnaireId: q.id, userId: person.userId, respondedAt: new Date(Date.UTC(2021, 0, 5 + (n % 20), 9 + (n % 8))) })
				.run();
			const answers: Record<string, number | number[] | string> = {};
			DEMO_QUESTIONNAIRE.questions.forEach((question, i) => {
				const a = question.answer(n);
				if (a !== undefined) answers[String(questionIds[i])] = a;
			});
			tx.insert(questionnaireResponses)
				.values({ id: randomInt(1, 2 ** 47), questionnaireId: q.id, answers })
				.run();
		});

		const interviewIds = DEMO_INTERVIEWS.map((interview) => {
			const row = tx
				.insert(interviews)
				.values({
					campaignId: campaign.id,
					kind: interview.kind,
					date: interview.date,
					participants: interview.participants,
					organisations: interview.organisations,
					notes: interview.notes,
					createdBy: evaluator?.userId ?? null
				})
				.returning({ id: interviews.id })
				.get();
			for (const key of interview.nodes) tx.insert(interviewObjectives).values({ interviewId: row.id, nodeId: plan.nodeIds[key] }).run();
			return row.id;
		});
		for (const e of DEMO_EXCERPTS)
			tx.insert(evaluationExcerpts)
				.values({
					campaignId: campaign.id,
					interviewId: 'interview' in e ? interviewIds[e.interview] : null,
					questionId: 'question' in e ? questionIds[e.question] : null,
					text: e.text,
					publishedBy: evaluator?.userId ?? null
				})
				.run();
		DEMO_FINDINGS.forEach((f, position) => {
			const row = tx
				.insert(findings)
				.values({ campaignId: campaign.id, nodeId: plan.nodeIds[f.node], kind: f.kind, text: f.text, position, createdBy: evaluator?.userId ?? null })
				.returning({ id: findings.id })
				.get();
			for (const key of f.indicators ?? []) tx.insert(findingEvidence).values({ findingId: row.id, kind: 'indicator', refId: plan.indicatorIds[key] }).run();
			for (const i of f.interviews ?? []) tx.insert(findingEvidence).values({ findingId: row.id, kind: 'interview', refId: interviewIds[i] }).run();
			if (f.questionnaire) tx.insert(findingEvidence).values({ findingId: row.id, kind: 'questionnaire', refId: q.id }).run();
		});
		DEMO_COMPARISONS.forEach(({ indicator, topic, unit, year, ...c }, position) =>
			tx
				.insert(evaluationComparisons)
				.values({
					campaignId: campaign.id,
					...c,
					indicatorId: indicator ? plan.indicatorIds[indicator] : null,
					topic: topic ?? '',
					unit: unit ?? '',
					year: year ?? null,
					position,
					createdBy: evaluator?.userId ?? null
				})
				.run()
		);
		DEMO_RECOMMENDATIONS.forEach((r, position) =>
			tx
				.insert(recommendations)
				.values({ planId: plan.planId, nodeId: r.node ? plan.nodeIds[r.node] : null, text: r.text, priority: r.priority, position, createdBy: evaluator?.userId ?? null })
				.run()
		);
		// stage 2 for the indicator still proposed: an online approval round among two colleges, weighted by college,
		// simple majority of the votes cast, no quorum
		const round = tx
			.insert(approvalRounds)
			.values({
				campaignId: campaign.id,
				title: 'Validation de l’indicateur de notoriété de l’ESS',
				weighting: 'college',
				majority: 'simple',
				majorityBase: 'cast',
				quorumKind: 'none',
				createdBy: evaluator?.userId ?? null
			})
			.returning({ id: approvalRounds.id })
			.get();
		tx.insert(approvalRoundIndicators).values({ roundId: round.id, indicatorId: plan.indicatorIds.awareness_survey }).run();
		for (const c of collegeRows.slice(0, 2)) tx.insert(approvalRoundColleges).values({ roundId: round.id, collegeId: c.id }).run();
		return plan;
	});

	const keepNodeIds = Object.entries(seeded.nodeIds)
		.filter(([key]) => !KEPT_OUT_NODES.includes(key))
		.map(([, id]) => id);
	const keepIndicatorIds = Object.entries(seeded.indicatorIds)
		.filter(([key]) => key !== 'council_cost')
		.map(([, id]) => id);
	draftNextPlan(
		seeded.planId,
		{
			keepNodeIds,
			keepIndicatorIds,
			title: 'PLDESS 2021-2026',
			description: 'Projet de plan 2021-2026, préparé à partir de l’évaluation du PLDESS 2016-2020 et de ses recommandations. Cibles à réviser avec les acteurs. Données de démonstration.',
			startYear: 2021,
			endYear: 2026
		},
		secretariat?.userId ?? null
	);
}
