// What people said in confidence stays internal: interview notes and interviewees, free-text answers are read by
// the evaluation team and the secretariat only ('evaluation.readPrivate'); everyone else, and the published report
// (page and PDF), reads only the anonymised excerpts the evaluation chose to publish (an audited action).
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { auditLog } from '../audit/tables';
import { can } from '../auth/permissions';
import { actorFor } from '../proposals/access';
import { perform } from '../actions/perform';
import { refusalCode } from '../test-support';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { getCouncilBySlug } from '../councils/councils';
import { listPlans } from '../plans/plans';
import { DEMO_EXCERPTS, DEMO_INTERVIEWS } from '../demo/evaluation-data';
import { reportDocument } from '$lib/i18n/report-document';
import { renderReportPdf } from './report-pdf';
import { pdfPages } from '../pdf-pages';
import { campaignFixture } from './test-fixture';
import { createPlan, startEvaluation } from '../plans/plans';
import { adoptPlan } from '../plans/next-plan';
import { smallTree } from '../plans/test-helpers';
import { createCampaign } from './campaigns';
import { addQuestion, createQuestionnaire, setQuestionnaireStatus, submitResponse } from './questionnaires';
import { addInterview, listInterviews } from './evidence';
import { questionnaireResults, resultsCsv } from './results';
import { evaluationReport } from './report';
import { publishExcerpt, withdrawExcerpt } from './actions';

const NOTES = 'M. Dupont (directeur) dit que la subvention est arrivée trop tard.';
const ANSWER = 'Mon association a failli fermer, merci Mme Martin.';

async function fixture() {
	const f = await campaignFixture();
	const interviewId = addInterview(f.campaign.id, { kind: 'individual', date: '2021-01-12', participants: 'Jean Dupont', organisations: 'Régie de quartier', notes: NOTES }, f.actorId);
	const q = createQuestionnaire(f.campaign.id, { title: 'Votre avis', audience: 'all', anonymous: true }, f.actorId);
	const scale = addQuestion(q.id, { kind: 'scale', label: 'Satisfaction' }, f.actorId);
	const text = addQuestion(q.id, { kind: 'text', label: 'Remarques', required: false }, f.actorId);
	setQuestionnaireStatus(q.id, 'open', f.actorId);
	const member = f.person(f.collegeA.id);
	submitResponse(q.id, member.user.id, { [scale.id]: 4, [text.id]: ANSWER });
	const evaluator = actorFor(f.evaluator.user.id, f.council.id);
	const input = (source: 'interview' | 'answer', refId: number, excerpt: string) => ({ planId: f.plan.id, source, refId, text: excerpt });
	return { ...f, interviewId, q, scale, text, member, evaluator, input };
}

describe('private answers stay private', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('only the evaluation team, the secretariat and the administrator may read them', () => {
		const readers = (roles: string[]) => can({ user: { id: 1, isAdmin: false }, roles }, 'evaluation.readPrivate', { isPublic: true });
		expect(['evaluator', 'secretariat'].map((r) => readers([r]))).toEqual([true, true]);
		expect(['member', 'chair', 'observer'].map((r) => readers([r]))).toEqual([false, false, false]);
		expect(can({ user: null, roles: [] }, 'evaluation.readPrivate', { isPublic: true })).toBe(false);
		expect(can({ user: { id: 1, isAdmin: true }, roles: [] }, 'evaluation.readPrivate', { isPublic: true })).toBe(true);
	});

	it('interviews: notes and interviewees by default for nobody, with readPrivate for the team', () => {
		const [shown] = listInterviews(f.campaign.id);
		expect(shown).toMatchObject({ organisations: 'Régie de quartier', notes: null, participants: null, excerpts: [] });
		expect(JSON.stringify(listInterviews(f.campaign.id))).not.toContain('Dupont');
		expect(listInterviews(f.campaign.id, { readPrivate: true })[0]).toMatchObject({ notes: NOTES, participants: 'Jean Dupont' });
	});

	it('free-text answers: counted for everyone, read by the team only, in the results and their CSV', () => {
		const open = questionnaireResults(f.q.id)!;
		const question = open.questions.find((x) => x.id === f.text.id)!;
		expect(question).toMatchObject({ answered: 1, texts: [], excerpts: [] });
		expect(resultsCsv(open)).not.toContain('Martin');
		const team = questionnaireResults(f.q.id, { readPrivate: true })!;
		expect(team.questions.find((x) => x.id === f.text.id)!.texts).toEqual([ANSWER]);
		expect(resultsCsv(team)).toContain(ANSWER);
	});

	it('the evaluation publishes an anonymised excerpt (audited): everyone reads it, and nothing more', () => {
		const fromNotes = perform(f.evaluator, f.council, publishExcerpt, f.input('interview', f.interviewId, 'La subvention est arrivée trop tard.'));
		perform(f.evaluator, f.council, publishExcerpt, f.input('answer', f.text.id, 'Une association a failli fermer.'));
		const [shown] = listInterviews(f.campaign.id);
		expect(shown.notes).toBeNull();
		expect(shown.excerpts.map((e) => e.text)).toEqual(['La subvention est arrivée trop tard.']);
		const open = questionnaireResults(f.q.id)!;
		expect(open.questions.find((x) => x.id === f.text.id)!.excerpts.map((e) => e.text)).toEqual(['Une association a failli fermer.']);
		const csv = resultsCsv(open);
		expect(csv).toContain('Une association a failli fermer.');
		expect(csv).not.toContain('Martin');
		const audit = db()
			.select({ action: auditLog.action, details: auditLog.details })
			.from(auditLog)
			.where(and(eq(auditLog.councilId, f.council.id), eq(auditLog.entityType, 'excerpt')))
			.all();
		expect(audit.map((a) => a.action)).toEqual(['excerpt.publish', 'excerpt.publish']);
		perform(f.evaluator, f.council, withdrawExcerpt, { planId: f.plan.id, excerptId: fromNotes });
		expect(listInterviews(f.campaign.id)[0].excerpts).toEqual([]);
		expect(db().select().from(auditLog).where(eq(auditLog.action, 'excerpt.withdraw')).all()).toHaveLength(1);
	});

	it('refuses a member, a question that is not free text, and a source of another evaluation', async () => {
		const member = actorFor(f.member.user.id, f.council.id);
		expect(refusalCode(() => perform(member, f.council, publishExcerpt, f.input('interview', f.interviewId, 'x')))).toBe('common_error_forbidden');
		expect(refusalCode(() => perform(f.evaluator, f.council, publishExcerpt, f.input('answer', f.scale.id, 'x')))).toBe('evaluation_error_excerpt_source');
		// an interview of another plan's evaluation, in the same council
		const plan = createPlan({ councilId: f.council.id, title: 'PLDESS 2011-2015', startYear: 2011, endYear: 2015 }, f.actorId);
		smallTree(plan.id, f.actorId);
		adoptPlan(plan.id, f.actorId);
		startEvaluation(plan.id, f.actorId);
		const campaign = createCampaign(plan.id, { title: 'Évaluation 2011-2015' }, f.actorId);
		const elsewhere = addInterview(campaign.id, { kind: 'group', date: '2016-01-12', organisations: 'CRESS', notes: 'Ailleurs' }, f.actorId);
		expect(refusalCode(() => perform(f.evaluator, f.council, publishExcerpt, f.input('interview', elsewhere, 'x')))).toBe('evaluation_error_excerpt_source');
		expect(refusalCode(() => perform(f.evaluator, f.council, withdrawExcerpt, { planId: f.plan.id, excerptId: 999999 }))).toBe('evaluation_error_excerpt_not_found');
	});
});

describe('the published report', () => {
	it('holds no interview note, no interviewee and no free-text answer, only the published excerpts (page and PDF)', async () => {
		useTestDatabase();
		await seedDemo();
		const council = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const plan = listPlans(council.id).find((p) => p.title === 'PLDESS 2016-2020')!;
		const report = evaluationReport(plan.id)!;
		const json = JSON.stringify(report);
		const pdf = pdfPages(await renderReportPdf(reportDocument(report, council, plan))).join('\n');
		const flat = (text: string) => text.replace(/\s+/g, ' ');
		// the notes, the interviewees (one of them also names an indicator's source, left out here) and an answer nobody published
		const secrets = [...DEMO_INTERVIEWS.map((i) => i.notes), 'Six porteurs de projets', 'Élue déléguée', 'Le fonds d’amorçage a été décisif'];
		for (const [name, text] of [
			['json', json],
			['pdf', flat(pdf)]
		])
			for (const secret of secrets) expect(text.includes(secret), `${name} holds « ${secret} »`).toBe(false);
		for (const e of DEMO_EXCERPTS) expect(json.includes(e.text), e.text).toBe(true);
		expect(flat(pdf)).toContain('Il manque des locaux abordables');
	});
});
