import { beforeEach, describe, expect, it } from 'vitest';
import { closePlan, createPlan, deleteDraftPlan, getCouncilPlan, getPlan, listPlans, startEvaluation, updatePlan } from './plans';
import { addNode } from './tree';
import { adoptPlan } from './next-plan';
import { auditActions, newIndicator, planFixture, recordEvents, smallTree } from './test-helpers';
import { refusal } from '../test-support';

const events = recordEvents();

const code = refusal;

describe('plans', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	beforeEach(async () => {
		f = await planFixture();
		events.length = 0;
	});

	it('creates a draft plan, audited, and tells listeners', () => {
		const plan = createPlan({ councilId: f.council.id, title: '  PLDESS 2021-2026 ', description: 'Suite', startYear: 2021, endYear: 2026 }, f.actorId);
		expect(plan).toMatchObject({ title: 'PLDESS 2021-2026', description: 'Suite', status: 'draft', startYear: 2021, endYear: 2026, predecessorId: null, createdBy: f.actorId });
		expect(auditActions(f.council.id)[0]).toBe('plan.create');
		expect(events).toEqual([{ type: 'plan.changed', councilId: f.council.id, planId: plan.id }]);
	});

	it('refuses bad input field by field', () => {
		const base = { councilId: f.council.id, title: 'P', startYear: 2016, endYear: 2020 };
		expect(code(() => createPlan({ ...base, title: '  ' }, f.actorId))).toBe('plans_error_required@title');
		expect(code(() => createPlan({ ...base, title: 'x'.repeat(201) }, f.actorId))).toBe('plans_error_too_long@title');
		expect(code(() => createPlan({ ...base, startYear: 2016.5 }, f.actorId))).toBe('plans_error_bad_year@startYear');
		expect(code(() => createPlan({ ...base, endYear: 1800 }, f.actorId))).toBe('plans_error_bad_year@endYear');
		expect(code(() => createPlan({ ...base, startYear: 2021, endYear: 2020 }, f.actorId))).toBe('plans_error_period_order@endYear');
		expect(code(() => createPlan({ ...base, councilId: 999999 }, f.actorId))).toBe('plans_error_council_not_found@form');
	});

	it('edits title, description and period, recording what changed', () => {
		const plan = updatePlan(f.plan.id, { title: 'PLDESS 2016-2021', endYear: 2021 }, f.actorId);
		expect(plan).toMatchObject({ title: 'PLDESS 2016-2021', endYear: 2021 });
		expect(code(() => updatePlan(f.plan.id, { startYear: 2022 }, f.actorId))).toBe('plans_error_period_order@endYear');
		expect(auditActions(f.council.id)[0]).toBe('plan.update');
	});

	it('runs the status cycle and refuses the transitions it does not allow', () => {
		expect(code(() => startEvaluation(f.plan.id, f.actorId))).toBe('plans_error_bad_transition@status');
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P1' }, f.actorId);
		expect(adoptPlan(f.plan.id, f.actorId).plan.status).toBe('adopted');
		const evaluated = startEvaluation(f.plan.id, f.actorId);
		expect(evaluated.status).toBe('under_evaluation');
		expect(evaluated.evaluationStartedAt).toBeInstanceOf(Date);
		expect(code(() => startEvaluation(f.plan.id, f.actorId))).toBe('plans_error_bad_transition@status');
		const closed = closePlan(f.plan.id, f.actorId);
		expect(closed.status).toBe('closed');
		expect(closed.closedAt).toBeInstanceOf(Date);
		expect(code(() => closePlan(f.plan.id, f.actorId))).toBe('plans_error_bad_transition@status');
	});

	it('makes a closed plan read-only', () => {
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P1' }, f.actorId);
		adoptPlan(f.plan.id, f.actorId);
		closePlan(f.plan.id, f.actorId);
		expect(code(() => updatePlan(f.plan.id, { title: 'Autre' }, f.actorId))).toBe('plans_error_plan_closed@form');
		expect(code(() => addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P2' }, f.actorId))).toBe('plans_error_plan_closed@form');
	});

	it('deletes only drafts', () => {
		const draft = createPlan({ councilId: f.council.id, title: 'Brouillon', startYear: 2021, endYear: 2026 }, f.actorId);
		addNode(draft.id, { parentId: null, kind: 'principle', title: 'P1' }, f.actorId);
		deleteDraftPlan(draft.id, f.actorId);
		expect(getPlan(draft.id)).toBeUndefined();
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'P1' }, f.actorId);
		adoptPlan(f.plan.id, f.actorId);
		expect(code(() => deleteDraftPlan(f.plan.id, f.actorId))).toBe('plans_error_not_draft@form');
	});

	it('lists a council’s plans, latest period first, and scopes look-ups to the council', () => {
		createPlan({ councilId: f.council.id, title: 'PLDESS 2021-2026', startYear: 2021, endYear: 2026 }, f.actorId);
		expect(listPlans(f.council.id).map((p) => p.title)).toEqual(['PLDESS 2021-2026', 'PLDESS 2016-2020']);
		expect(listPlans(f.council.id, { status: 'draft' })).toHaveLength(2);
		expect(listPlans(f.council.id, { status: 'adopted' })).toHaveLength(0);
		const { operational } = smallTree(f.plan.id, f.actorId);
		newIndicator(operational.id, f.actorId);
		newIndicator(operational.id, f.actorId, { name: 'Second indicator' });
		expect(listPlans(f.council.id).map((p) => [p.title, p.indicatorCount])).toEqual([
			['PLDESS 2021-2026', 0],
			['PLDESS 2016-2020', 2]
		]);
		expect(getCouncilPlan(f.council.id, f.plan.id)?.title).toBe('PLDESS 2016-2020');
		expect(getCouncilPlan(f.council.id + 1, f.plan.id)).toBeUndefined();
		expect(getPlan(f.plan.id)).toMatchObject({ predecessor: null, successor: null, nodeCount: 4, indicatorCount: 2 });
	});
});
