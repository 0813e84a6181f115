import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { insertUser } from '../auth/users';
import { colleges } from '../councils/tables';
import { newIndicator } from '../plans/test-helpers';
import { campaignFixture } from './test-fixture';
import { refusal } from '../test-support';
import { createCampaign, getCampaignByPlan, setCommittee, updateStage } from './campaigns';
import { addQuestion, createQuestionnaire, hasResponded, setQuestionnaireStatus, submitResponse } from './questionnaires';
import { questionnaireResults, resultsCsv } from './results';
import { addFinding, addInterview, listFindings, listInterviews } from './evidence';
import { questionnaireParticipations, questionnaireResponses, questionnaires } from './tables';
import { createCouncil } from '../councils/create';

async function fixture() {
	return campaignFixture((f, tree) => ({ indicator: newIndicator(tree.strategic.id, f.actorId, { name: 'Heures d’insertion' }) }));
}

function questionnaire(f: Awaited<ReturnType<typeof fixture>>, anonymous: boolean, audience: 'all' | 'colleges' | 'committee' = 'all', collegeIds: number[] = []) {
	const q = createQuestionnaire(f.campaign.id, { title: 'Votre avis', audience, anonymous, collegeIds }, f.actorId);
	const single = addQuestion(q.id, { kind: 'single', label: 'Connaissez-vous le plan ?', options: ['Oui', 'Non'] }, f.actorId);
	const multiple = addQuestion(q.id, { kind: 'multiple', label: 'Quels principes ?', options: ['P1', 'P2', 'P3'] }, f.actorId);
	const scale = addQuestion(q.id, { kind: 'scale', label: 'Satisfaction' }, f.actorId);
	const text = addQuestion(q.id, { kind: 'text', label: 'Remarques', required: false }, f.actorId);
	setQuestionnaireStatus(q.id, 'open', f.actorId);
	return { q, single, multiple, scale, text };
}

describe('evaluation campaign', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('creates the five stages and tracks them', () => {
		expect(getCampaignByPlan(f.plan.id)!.stages.map((s) => `${s.stage}:${s.status}`)).toEqual(['1:planned', '2:planned', '3:planned', '4:planned', '5:planned']);
		updateStage(f.campaign.id, 1, { status: 'done', startDate: '2020-09-15', endDate: '2020-10-30', participants: 'Comité de pilotage', outputs: 'Cahier des charges' }, f.actorId);
		const stage = getCampaignByPlan(f.plan.id)!.stages[0];
		expect(stage).toMatchObject({ status: 'done', startDate: '2020-09-15', endDate: '2020-10-30', outputs: 'Cahier des charges' });
		expect(refusal(() => updateStage(f.campaign.id, 2, { status: 'done', startDate: '2021-01-10', endDate: '2020-12-01' }, f.actorId))).toBe('evaluation_error_date_order@endDate');
		expect(refusal(() => updateStage(f.campaign.id, 6, { status: 'done' }, f.actorId))).toBe('evaluation_error_bad_stage@stage');
	});

	it('allows one campaign per plan and a committee of active members only', () => {
		expect(refusal(() => createCampaign(f.plan.id, { title: 'Encore' }, f.actorId))).toBe('evaluation_error_campaign_exists@form');
		setCommittee(f.campaign.id, [f.secretariat.membership.id, f.evaluator.membership.id], f.actorId);
		expect(getCampaignByPlan(f.plan.id)!.committee).toHaveLength(2);
		expect(refusal(() => setCommittee(f.campaign.id, [999999], f.actorId))).toBe('evaluation_error_not_member@committee');
	});
});

describe('questionnaires', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('needs two options for choice questions and refuses edits once open', () => {
		const q = createQuestionnaire(f.campaign.id, { title: 'Q', audience: 'all', anonymous: false }, f.actorId);
		expect(refusal(() => addQuestion(q.id, { kind: 'single', label: 'A ?', options: ['Seule'] }, f.actorId))).toBe('evaluation_error_options_required@options');
		expect(refusal(() => setQuestionnaireStatus(q.id, 'open', f.actorId))).toBe('evaluation_error_no_questions@form');
		addQuestion(q.id, { kind: 'scale', label: 'Note' }, f.actorId);
		setQuestionnaireStatus(q.id, 'open', f.actorId);
		expect(refusal(() => addQuestion(q.id, { kind: 'text', label: 'Plus ?' }, f.actorId))).toBe('evaluation_error_questionnaire_not_draft@form');
	});

	it('takes one response per person', () => {
		const { q, single, multiple, scale } = questionnaire(f, false);
		const a = f.person(f.collegeA.id);
		const answers = { [single.id]: 0, [multiple.id]: [0, 2], [scale.id]: 4 };
		expect(submitResponse(q.id, a.user.id, answers)).toEqual({ responses: 1 });
		expect(hasResponded(q.id, a.user.id)).toBe(true);
		expect(refusal(() => submitResponse(q.id, a.user.id, answers))).toBe('evaluation_error_already_responded@form');
		// a second response is refused as such even when its answers are incomplete or wrong
		expect(refusal(() => submitResponse(q.id, a.user.id, {}))).toBe('evaluation_error_already_responded@form');
		expect(refusal(() => submitResponse(q.id, a.user.id, { ...answers, [scale.id]: 9 }))).toBe('evaluation_error_already_responded@form');
		// the unique indexes hold even if the check were bypassed
		expect(() => db().insert(questionnaireParticipations).values({ questionnaireId: q.id, userId: a.user.id, respondedAt: new Date() }).run()).toThrow(/UNIQUE/);
		expect(() => db().insert(questionnaireResponses).values({ id: 12345, questionnaireId: q.id, userId: a.user.id, answers: {} }).run()).toThrow(/UNIQUE/);
		expect(questionnaireResults(q.id)!.responses).toBe(1);
	});

	it('stores no link from an anonymous answer to its author', () => {
		const { q, single, multiple, scale, text } = questionnaire(f, true);
		const people = [f.person(f.collegeA.id), f.person(f.collegeB.id), f.person(null)];
		people.forEach((p, i) => submitResponse(q.id, p.user.id, { [single.id]: i % 2, [multiple.id]: [i], [scale.id]: i + 2, [text.id]: `Avis ${i}` }));
		const participations = db().select().from(questionnaireParticipations).where(eq(questionnaireParticipations.questionnaireId, q.id)).all();
		expect(participations.map((p) => p.userId).sort()).toEqual(people.map((p) => p.user.id).sort());
		const responses = db().select().from(questionnaireResponses).where(eq(questionnaireResponses.questionnaireId, q.id)).all();
		expect(responses).toHaveLength(3);
		for (const r of responses) {
			expect(r.userId).toBeNull();
			expect(r.submittedAt).toBeNull();
			// ids are random, not a sequence that follows the participations' order
			expect(participations.some((p) => p.id === r.id)).toBe(false);
		}
		// the one anonymous-response column set: nothing else could carry the person
		expect(Object.keys(responses[0]).sort()).toEqual(['answers', 'id', 'questionnaireId', 'submittedAt', 'userId']);
		// one response per person still holds
		expect(refusal(() => submitResponse(q.id, people[0].user.id, { [single.id]: 0, [multiple.id]: [0], [scale.id]: 3 }))).toBe('evaluation_error_already_responded@form');
	});

	it('aggregates results and exports them as CSV with formulas neutralised', () => {
		const { q, single, multiple, scale, text } = questionnaire(f, true);
		submitResponse(q.id, f.person(null).user.id, { [single.id]: 0, [multiple.id]: [0, 1], [scale.id]: 5, [text.id]: '=HYPERLINK("x")' });
		submitResponse(q.id, f.person(null).user.id, { [single.id]: 0, [multiple.id]: [1], [scale.id]: 2 });
		submitResponse(q.id, f.person(null).user.id, { [single.id]: 1, [multiple.id]: [2], [scale.id]: 2 });
		// as the evaluation team reads them (free texts included: privacy.test.ts has everyone else's view)
		const r = questionnaireResults(q.id, { readPrivate: true })!;
		expect(r.responses).toBe(3);
		expect(r.questions[0].counts).toEqual([
			{ label: 'Oui', count: 2 },
			{ label: 'Non', count: 1 }
		]);
		expect(r.questions[1].counts.map((c) => c.count)).toEqual([1, 2, 1]);
		expect(r.questions[2].mean).toBe(3);
		expect(r.questions[2].counts.map((c) => c.count)).toEqual([0, 2, 0, 0, 1]);
		expect(r.questions[3]).toMatchObject({ answered: 1, texts: ['=HYPERLINK("x")'] });
		const csv = resultsCsv(r);
		expect(csv).toContain('Connaissez-vous le plan ?');
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
	});

	it('needs chosen colleges for a college audience', () => {
		expect(refusal(() => createQuestionnaire(f.campaign.id, { title: 'X', audience: 'colleges', anonymous: false, collegeIds: [] }, f.actorId))).toBe('evaluation_error_colleges_required@collegeIds');
	});

	it('refuses a college of another council or one that does not exist, and writes nothing', () => {
		const other = createCouncil({ name: 'Autre conseil', slug: `autre-${Math.floor(Math.random() * 1e9)}`, territory: 'Lyon', description: '', isPublic: false, weighting: 'none' }, f.actorId);
		const foreign = db().insert(colleges).values({ councilId: other.id, name: 'Étranger' }).returning().get();
		const count = () => db().select().from(questionnaires).all().length;
		const before = count();
		expect(refusal(() => createQuestionnaire(f.campaign.id, { title: 'X', audience: 'colleges', anonymous: false, collegeIds: [f.collegeA.id, foreign.id] }, f.actorId))).toBe(
			'evaluation_error_college_not_found@collegeIds'
		);
		expect(refusal(() => createQuestionnaire(f.campaign.id, { title: 'X', audience: 'colleges', anonymous: false, collegeIds: [999999] }, f.actorId))).toBe(
			'evaluation_error_college_not_found@collegeIds'
		);
		expect(count()).toBe(before);
	});

	it('limits a questionnaire to its colleges or to the steering committee', () => {
		const byCollege = questionnaire(f, false, 'colleges', [f.collegeA.id]);
		const inA = f.person(f.collegeA.id);
		const inB = f.person(f.collegeB.id);
		const ok = { [byCollege.single.id]: 0, [byCollege.multiple.id]: [0], [byCollege.scale.id]: 3 };
		expect(refusal(() => submitResponse(byCollege.q.id, inB.user.id, ok))).toBe('evaluation_error_not_in_audience@form');
		expect(refusal(() => submitResponse(byCollege.q.id, inA.user.id, { ...ok, [byCollege.scale.id]: 6 }))).toBe(`evaluation_error_bad_scale@q${byCollege.scale.id}`);
		expect(refusal(() => submitResponse(byCollege.q.id, inA.user.id, { [byCollege.single.id]: 0, [byCollege.scale.id]: 3 }))).toBe(`evaluation_error_answer_required@q${byCollege.multiple.id}`);
		expect(refusal(() => submitResponse(byCollege.q.id, inA.user.id, { ...ok, [byCollege.single.id]: 7 }))).toBe(`plans_error_invalid_choice@q${byCollege.single.id}`);
		expect(refusal(() => submitResponse(byCollege.q.id, inA.user.id, ok))).toBe('no error');

		const committee = questionnaire(f, true, 'committee');
		const answers = { [committee.single.id]: 1, [committee.multiple.id]: [1], [committee.scale.id]: 1 };
		setCommittee(f.campaign.id, [inB.membership.id], f.actorId);
		expect(refusal(() => submitResponse(committee.q.id, inA.user.id, answers))).toBe('evaluation_error_not_in_audience@form');
		expect(refusal(() => submitResponse(committee.q.id, inB.user.id, answers))).toBe('no error');
		// an outsider to the council is never in the audience
		const outsider = db().transaction((tx) => insertUser(tx, { email: 'x@example.org', name: 'X' }));
		expect(refusal(() => submitResponse(committee.q.id, outsider.id, answers))).toBe('evaluation_error_not_in_audience@form');
		setQuestionnaireStatus(committee.q.id, 'closed', f.actorId);
		expect(refusal(() => submitResponse(committee.q.id, inA.user.id, answers))).toBe('evaluation_error_questionnaire_not_open@form');
	});
});

describe('interviews, findings and the approval round', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('records interviews tagged to objectives and findings citing their evidence', () => {
		const interviewId = addInterview(f.campaign.id, { kind: 'group', date: '2021-01-12', organisations: 'CRESS, APES', notes: 'Besoin de locaux.', nodeIds: [f.tree.strategic.id] }, f.actorId);
		expect(listInterviews(f.campaign.id)[0]).toMatchObject({ kind: 'group', objectives: [{ id: f.tree.strategic.id }] });
		expect(refusal(() => addInterview(f.campaign.id, { kind: 'individual', date: '2021-01-12' }, f.actorId))).toBe('evaluation_error_interview_who@participants');
		const { q } = questionnaire(f, true);
		addFinding(
			f.campaign.id,
			{
				nodeId: f.tree.strategic.id,
				kind: 'weakness',
				text: 'Les locaux manquent.',
				evidence: [
					{ kind: 'indicator', refId: f.indicator.id },
					{ kind: 'questionnaire', refId: q.id },
					{ kind: 'interview', refId: interviewId }
				]
			},
			f.actorId
		);
		const [finding] = listFindings(f.campaign.id);
		expect(finding).toMatchObject({ kind: 'weakness', nodeTitle: 'Objectif stratégique 1.1' });
		expect(finding.evidence.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(['indicator:Heures d’insertion', 'interview:2021-01-12 — CRESS, APES', 'questionnaire:Votre avis']);
		expect(refusal(() => addFinding(f.campaign.id, { nodeId: f.tree.action.id, kind: 'strength', text: 'x' }, f.actorId))).toBe('evaluation_error_finding_node_kind@nodeId');
		expect(refusal(() => addFinding(f.campaign.id, { nodeId: null, kind: 'strength', text: 'x', evidence: [{ kind: 'interview', refId: 99999 }] }, f.actorId))).toBe(
			'evaluation_error_evidence_not_found@evidence'
		);
	});
});
