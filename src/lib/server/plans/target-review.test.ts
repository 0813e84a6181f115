import { beforeEach, describe, expect, it } from 'vitest';
import { actorFor } from '../proposals/access';
import { perform } from '../actions/perform';
import type { CouncilRow } from '../councils/councils';
import { refusal } from '../test-support';
import { adoptPlan, draftNextPlan } from './next-plan';
import { getPlan, startEvaluation } from './plans';
import { addMeasurement } from './measurements';
import { staleTargetReasons, targetsToReview } from './target-review';
import { reviewTarget } from './actions';
import { auditActions, newIndicator, planFixture, smallTree } from './test-helpers';

const base = { direction: 'higher', baselineValue: 100, baselineDate: '2020-12-31', targetValue: 200, targetDate: '2026-12-31', originTargetDate: '2026-12-31', startYear: 2021 };

describe('stale targets of carried indicators', () => {
	it('flags a target the baseline already reaches, in the indicator direction', () => {
		expect(staleTargetReasons(base)).toEqual([]);
		expect(staleTargetReasons({ ...base, baselineValue: 200 })).toEqual(['reached']);
		expect(staleTargetReasons({ ...base, baselineValue: 250 })).toEqual(['reached']);
		expect(staleTargetReasons({ ...base, direction: 'lower', baselineValue: 100, targetValue: 120 })).toEqual(['reached']);
		expect(staleTargetReasons({ ...base, direction: 'lower', baselineValue: 100, targetValue: 80 })).toEqual([]);
	});

	it('flags a target date passed before the new plan or its baseline, and nothing on an indicator not carried', () => {
		expect(staleTargetReasons({ ...base, originTargetDate: '2020-12-31' })).toEqual(['date_passed']);
		expect(staleTargetReasons({ ...base, baselineDate: '2021-06-30', originTargetDate: '2021-03-31' })).toEqual(['date_passed']);
		expect(staleTargetReasons({ ...base, baselineValue: 300, originTargetDate: '2019-12-31' })).toEqual(['reached', 'date_passed']);
		expect(staleTargetReasons({ ...base, baselineValue: 300, originTargetDate: null })).toEqual([]);
	});
});

describe('reviewing stale targets before adoption', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let ids: { reached: number; passed: number; fine: number; draft: number };
	const council = () => f.council as CouncilRow;
	const secretariat = () => actorFor(f.actorId, f.council.id);

	beforeEach(async () => {
		f = await planFixture();
		const tree = smallTree(f.plan.id, f.actorId);
		const reached = newIndicator(tree.strategic.id, f.actorId, { name: 'Heures d’insertion', baselineValue: 100, targetValue: 200, targetDate: '2022-12-31' });
		const passed = newIndicator(tree.strategic.id, f.actorId, { name: 'Projets financés', baselineValue: 100, targetValue: 200, targetDate: '2020-12-31' });
		const fine = newIndicator(tree.operational.id, f.actorId, { name: 'Emplois', baselineValue: 100, targetValue: 200, targetDate: '2024-12-31' });
		adoptPlan(f.plan.id, f.actorId);
		startEvaluation(f.plan.id, f.actorId);
		addMeasurement(reached.id, { date: '2020-12-31', value: 210 }, f.actorId);
		addMeasurement(passed.id, { date: '2020-12-31', value: 150 }, f.actorId);
		addMeasurement(fine.id, { date: '2020-12-31', value: 150 }, f.actorId);
		const { plan, indicators } = draftNextPlan(
			f.plan.id,
			{ keepNodeIds: [tree.strategic.id, tree.operational.id], keepIndicatorIds: [reached.id, passed.id, fine.id], title: 'Plan suivant', startYear: 2021, endYear: 2026 },
			f.actorId
		);
		const carried = (from: number) => indicators.find((i) => i.fromId === from)!.id;
		ids = { reached: carried(reached.id), passed: carried(passed.id), fine: carried(fine.id), draft: plan.id };
	});

	it('lists the stale targets with their reasons, and refuses adoption naming them until each is reviewed', () => {
		const listed = targetsToReview(ids.draft);
		expect(listed.map((t) => [t.name, t.reasons, t.reviewed])).toEqual([
			['Heures d’insertion', ['reached'], null],
			['Projets financés', ['date_passed'], null]
		]);
		expect(listed[1]).toMatchObject({ originTargetDate: '2020-12-31', targetDate: '2026-12-31' });
		try {
			adoptPlan(ids.draft, f.actorId);
			expect.unreachable();
		} catch (e) {
			expect(e).toMatchObject({ code: 'plans_error_targets_unreviewed', field: 'form', params: { count: '2', names: '« Heures d’insertion », « Projets financés »' } });
		}
		expect(getPlan(ids.draft)?.status).toBe('draft');

		// a new target must be later than the baseline and not reached already; an indicator not stale needs no review
		const review = (indicatorId: number, input: Record<string, string>) => refusal(() => perform(secretariat(), council(), reviewTarget, { planId: ids.draft, indicatorId, ...input }));
		expect(review(ids.reached, { mode: 'update', targetValue: '205', targetDate: '2026-12-31' })).toBe('plans_error_target_review_reached@targetValue');
		expect(review(ids.reached, { mode: 'update', targetValue: '300', targetDate: '2020-06-30' })).toBe('plans_error_target_review_date@targetDate');
		expect(review(ids.reached, { mode: 'update', targetValue: '', targetDate: '2026-12-31' })).toBe('plans_error_required@targetValue');
		expect(review(ids.fine, { mode: 'confirm' })).toBe('plans_error_target_review_not_needed@form');

		expect(review(ids.reached, { mode: 'update', targetValue: '300', targetDate: '2026-12-31' })).toBe('no error');
		expect(refusal(() => adoptPlan(ids.draft, f.actorId))).toBe('plans_error_targets_unreviewed@form');
		expect(review(ids.passed, { mode: 'confirm' })).toBe('no error');
		expect(auditActions(f.council.id).slice(0, 2)).toEqual(['indicator.target_review', 'indicator.target_review']);
		const after = targetsToReview(ids.draft);
		expect(after.every((t) => t.reviewed !== null)).toBe(true);
		expect(after.find((t) => t.id === ids.reached)).toMatchObject({ targetValue: 300, targetDate: '2026-12-31', reasons: [] });

		adoptPlan(ids.draft, f.actorId);
		expect(getPlan(ids.draft)?.status).toBe('adopted');
		// once adopted, targets are no longer reviewed this way
		expect(review(ids.passed, { mode: 'confirm' })).toBe('plans_error_target_review_draft_only@form');
	});
});
