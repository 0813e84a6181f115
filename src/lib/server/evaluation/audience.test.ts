import { beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../test-support';
import { audienceIncludes, userInAudience } from './audience';
import { setCommittee } from './campaigns';
import { campaignFixture } from './test-fixture';
import { addQuestion, createQuestionnaire, openQuestionnairesFor, setQuestionnaireStatus, submitResponse } from './questionnaires';

describe('audienceIncludes (the rule)', () => {
	const m = (roles: string[], collegeId: number | null = 1, status = 'active', id = 7) => ({ id, status, roles, collegeId });
	const all = { audience: 'all', collegeIds: [], committeeMembershipIds: [] };
	const college1 = { audience: 'colleges', collegeIds: [1], committeeMembershipIds: [] };
	const committee = { audience: 'committee', collegeIds: [], committeeMembershipIds: [7] };

	it('all members: active memberships with the member role, not observers nor staff without it', () => {
		expect(audienceIncludes(all, m(['member']))).toBe(true);
		expect(audienceIncludes(all, m(['member', 'evaluator']))).toBe(true);
		expect(audienceIncludes(all, m(['observer']))).toBe(false);
		expect(audienceIncludes(all, m(['secretariat']))).toBe(false);
		expect(audienceIncludes(all, m(['evaluator']))).toBe(false);
		expect(audienceIncludes(all, m(['member'], 1, 'inactive'))).toBe(false);
		expect(audienceIncludes(all, null)).toBe(false);
	});

	it('chosen colleges: the members of those colleges only', () => {
		expect(audienceIncludes(college1, m(['member'], 1))).toBe(true);
		expect(audienceIncludes(college1, m(['member'], 2))).toBe(false);
		expect(audienceIncludes(college1, m(['member'], null))).toBe(false);
		expect(audienceIncludes(college1, m(['observer'], 1))).toBe(false);
	});

	it('steering committee: the memberships chosen for it, whatever their role', () => {
		expect(audienceIncludes(committee, m(['evaluator'], null, 'active', 7))).toBe(true);
		expect(audienceIncludes(committee, m(['observer'], null, 'active', 7))).toBe(true);
		expect(audienceIncludes(committee, m(['member'], 1, 'active', 8))).toBe(false);
		expect(audienceIncludes(committee, m(['member'], 1, 'inactive', 7))).toBe(false);
	});
});

async function fixture() {
	const f = await campaignFixture();
	const person = (roles: string[], collegeId: number | null = null) => f.person(collegeId, roles);
	const open = (audience: 'all' | 'colleges' | 'committee', collegeIds: number[] = []) => {
		const q = createQuestionnaire(f.campaign.id, { title: `Q ${audience}`, audience, anonymous: false, collegeIds }, f.actorId);
		const question = addQuestion(q.id, { kind: 'scale', label: 'Note' }, f.actorId);
		setQuestionnaireStatus(q.id, 'open', f.actorId);
		return { q, answers: { [question.id]: 3 } };
	};
	return { ...f, person, open };
}

describe('questionnaire audience, applied', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('refuses observers a questionnaire for all members, everywhere the rule is asked', () => {
		const { q, answers } = f.open('all');
		const observer = f.person(['observer'], f.collegeA.id);
		const member = f.person(['member'], f.collegeA.id);
		expect(userInAudience(q, f.council.id, observer.user.id)).toBe(false);
		expect(openQuestionnairesFor(f.council.id, observer.user.id, f.campaign.id)).toEqual([]);
		expect(refusal(() => submitResponse(q.id, observer.user.id, answers))).toBe('evaluation_error_not_in_audience@form');
		// the secretariat and the evaluator run the evaluation: they are not its respondents
		expect(refusal(() => submitResponse(q.id, f.evaluator.user.id, answers))).toBe('evaluation_error_not_in_audience@form');
		expect(userInAudience(q, f.council.id, member.user.id)).toBe(true);
		expect(openQuestionnairesFor(f.council.id, member.user.id, f.campaign.id)).toEqual([{ id: q.id, title: q.title, responded: false }]);
		expect(submitResponse(q.id, member.user.id, answers)).toEqual({ responses: 1 });
		expect(openQuestionnairesFor(f.council.id, member.user.id, f.campaign.id)).toEqual([{ id: q.id, title: q.title, responded: true }]);
	});

	it('limits chosen colleges to their members', () => {
		const { q, answers } = f.open('colleges', [f.collegeA.id]);
		const inA = f.person(['member'], f.collegeA.id);
		const inB = f.person(['member'], f.collegeB.id);
		const observerInA = f.person(['observer'], f.collegeA.id);
		expect(userInAudience(q, f.council.id, inA.user.id)).toBe(true);
		expect(userInAudience(q, f.council.id, inB.user.id)).toBe(false);
		expect(userInAudience(q, f.council.id, observerInA.user.id)).toBe(false);
		expect(refusal(() => submitResponse(q.id, observerInA.user.id, answers))).toBe('evaluation_error_not_in_audience@form');
		expect(refusal(() => submitResponse(q.id, inA.user.id, answers))).toBe('no error');
	});

	it('limits the steering committee to its chosen members', () => {
		const { q, answers } = f.open('committee');
		const chosen = f.person(['member'], f.collegeA.id);
		const other = f.person(['member'], f.collegeA.id);
		setCommittee(f.campaign.id, [chosen.membership.id, f.evaluator.membership.id], f.actorId);
		expect(userInAudience(q, f.council.id, chosen.user.id)).toBe(true);
		expect(userInAudience(q, f.council.id, f.evaluator.user.id)).toBe(true);
		expect(userInAudience(q, f.council.id, other.user.id)).toBe(false);
		expect(refusal(() => submitResponse(q.id, other.user.id, answers))).toBe('evaluation_error_not_in_audience@form');
		expect(refusal(() => submitResponse(q.id, f.evaluator.user.id, answers))).toBe('no error');
	});
});
