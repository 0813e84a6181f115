import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '../auth/permissions';
import { planVisibleTo, visiblePlans, withVisibleAnswers, withVisibleLinks } from './visibility';

const as = (roles: string[], isAdmin = false): Actor => ({ user: { id: 1, isAdmin }, roles });
const PUBLIC = { isPublic: true };
const PRIVATE = { isPublic: false };
const STATUSES = ['draft', 'adopted', 'under_evaluation', 'closed'] as const;

describe('planVisibleTo', () => {
	it('shows a draft only to those who may manage plans', () => {
		const draft = { status: 'draft' };
		expect(planVisibleTo(as(['secretariat']), PRIVATE, draft)).toBe(true);
		expect(planVisibleTo(as([], true), PRIVATE, draft)).toBe(true);
		for (const roles of [['member'], ['chair'], ['evaluator'], ['observer'], []]) {
			expect(planVisibleTo(as(roles), PUBLIC, draft), roles.join()).toBe(false);
		}
		expect(planVisibleTo(ANONYMOUS, PUBLIC, draft)).toBe(false);
	});

	it('shows every other status to whoever reaches the plans', () => {
		for (const status of STATUSES.filter((s) => s !== 'draft')) {
			expect(planVisibleTo(ANONYMOUS, PUBLIC, { status }), status).toBe(true);
			expect(planVisibleTo(as(['observer']), PRIVATE, { status }), status).toBe(true);
		}
	});
});

describe('links and lists', () => {
	const adopted = { id: 1, status: 'adopted' };
	const draft = { id: 2, status: 'draft' };

	it('drops the link to a draft successor for those who may not see it', () => {
		const plan = { id: 1, predecessor: null, successor: draft };
		expect(withVisibleLinks(as(['member']), PUBLIC, plan).successor).toBeNull();
		expect(withVisibleLinks(ANONYMOUS, PUBLIC, plan).successor).toBeNull();
		expect(withVisibleLinks(as(['secretariat']), PUBLIC, plan).successor).toEqual(draft);
		const next = { id: 2, predecessor: adopted, successor: null };
		expect(withVisibleLinks(ANONYMOUS, PUBLIC, next).predecessor).toEqual(adopted);
	});

	it('lists drafts to plan managers only', () => {
		expect(visiblePlans(as(['evaluator']), PUBLIC, [adopted, draft])).toEqual([adopted]);
		expect(visiblePlans(as(['secretariat']), PUBLIC, [adopted, draft])).toEqual([adopted, draft]);
	});

	it('hides the draft nodes that answer a recommendation', () => {
		const recs = [
			{
				id: 9,
				answeredBy: [
					{ planId: 2, planStatus: 'draft' },
					{ planId: 3, planStatus: 'adopted' }
				]
			}
		];
		expect(withVisibleAnswers(ANONYMOUS, PUBLIC, recs)[0].answeredBy).toEqual([{ planId: 3, planStatus: 'adopted' }]);
		expect(withVisibleAnswers(as(['secretariat']), PUBLIC, recs)[0].answeredBy).toHaveLength(2);
	});
});
