import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { memberships } from '../councils/tables';
import { plans } from './tables';
import { addIndicator, deleteIndicator, getIndicator, listIndicators, moveIndicator, retireIndicator, updateIndicator, validateIndicator } from './indicators';
import { addMeasurement } from './measurements';
import { addNode } from './tree';
import { createPlan } from './plans';
import { addMember, auditActions, indicatorFields, newIndicator, planFixture, recordEvents, smallTree } from './test-helpers';
import { refusal } from '../test-support';

const events = recordEvents();

const code = refusal;

describe('indicators', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let t: ReturnType<typeof smallTree>;
	beforeEach(async () => {
		f = await planFixture();
		t = smallTree(f.plan.id, f.actorId);
		events.length = 0;
	});

	it('adds a proposed indicator to an objective with every field of an indicator (docs/domain.md, Indicators)', () => {
		const indicator = addIndicator(
			t.operational.id,
			indicatorFields({ name: 'Heures d’insertion', unit: 'h/an', baselineValue: 180000, targetValue: 300000, responsibleMembershipId: f.evaluator.membership.id, weight: 2 }),
			f.actorId
		);
		expect(indicator).toMatchObject({
			planId: f.plan.id,
			nodeId: t.operational.id,
			name: 'Heures d’insertion',
			unit: 'h/an',
			direction: 'higher',
			baselineValue: 180000,
			baselineDate: '2015-12-31',
			targetValue: 300000,
			targetDate: '2020-12-31',
			frequency: 'yearly',
			source: 'Service ESS',
			responsibleMembershipId: f.evaluator.membership.id,
			state: 'proposed',
			validatedAt: null,
			weight: 2,
			position: 0
		});
		expect(newIndicator(t.operational.id, f.actorId).position).toBe(1);
		expect(newIndicator(t.strategic.id, f.actorId).position).toBe(0);
		expect(auditActions(f.council.id)[0]).toBe('indicator.create');
		expect(events.at(-1)).toMatchObject({ type: 'indicator.changed', councilId: f.council.id, planId: f.plan.id, what: 'definition' });
	});

	it('refuses indicators on principles and actions', () => {
		expect(code(() => newIndicator(t.principle.id, f.actorId))).toBe('plans_error_indicator_not_objective@nodeId');
		expect(code(() => newIndicator(t.action.id, f.actorId))).toBe('plans_error_indicator_not_objective@nodeId');
		expect(code(() => newIndicator(999999, f.actorId))).toBe('plans_error_node_not_found@nodeId');
	});

	it('checks values, dates and the direction of the target', () => {
		const add = (o: Parameters<typeof indicatorFields>[0]) => code(() => addIndicator(t.operational.id, indicatorFields(o), f.actorId));
		expect(add({ name: '' })).toBe('plans_error_required@name');
		expect(add({ baselineValue: undefined })).toBe('plans_error_required@baselineValue');
		expect(add({ baselineValue: Number.NaN })).toBe('plans_error_bad_number@baselineValue');
		expect(add({ baselineDate: '2015-02-30' })).toBe('plans_error_bad_date@baselineDate');
		expect(add({ targetDate: '31/12/2020' })).toBe('plans_error_bad_date@targetDate');
		expect(add({ direction: 'up' as never })).toBe('plans_error_invalid_choice@direction');
		expect(add({ frequency: 'weekly' as never })).toBe('plans_error_invalid_choice@frequency');
		expect(add({ targetValue: 50 })).toBe('plans_error_target_direction@targetValue');
		expect(add({ direction: 'lower', baselineValue: 26000, targetValue: 30000 })).toBe('plans_error_target_direction@targetValue');
		expect(add({ targetDate: '2015-12-31' })).toBe('plans_error_target_date_order@targetDate');
		expect(add({ weight: -2 })).toBe('plans_error_bad_weight@weight');
		// a level to hold (baseline = target) and a lower-is-better target are fine
		expect(add({ targetValue: 100 })).toBe('no error');
		expect(add({ direction: 'lower', baselineValue: 26000, targetValue: 20000 })).toBe('no error');
	});

	it('keeps names unique in a plan, ignoring case', () => {
		newIndicator(t.operational.id, f.actorId, { name: 'Part des marchés avec clause sociale' });
		expect(code(() => newIndicator(t.strategic.id, f.actorId, { name: 'part des MARCHÉS avec clause sociale' }))).toBe('plans_error_indicator_name_taken@name');
		const other = createPlan({ councilId: f.council.id, title: 'Autre', startYear: 2021, endYear: 2026 }, f.actorId);
		const p = addNode(other.id, { parentId: null, kind: 'principle', title: 'P' }, f.actorId);
		const s = addNode(other.id, { parentId: p.id, kind: 'strategic_objective', title: 'S' }, f.actorId);
		expect(code(() => newIndicator(s.id, f.actorId, { name: 'Part des marchés avec clause sociale' }))).toBe('no error');
	});

	it('names as responsible only an active member of the council', () => {
		const stranger = createPlan({ councilId: f.council.id, title: 'x', startYear: 2021, endYear: 2022 }, f.actorId);
		expect(stranger).toBeTruthy();
		expect(code(() => newIndicator(t.operational.id, f.actorId, { responsibleMembershipId: 999999 }))).toBe('plans_error_responsible_not_member@responsibleMembershipId');
		const gone = addMember(f.council.id, ['member']);
		db().update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, gone.membership.id)).run();
		expect(code(() => newIndicator(t.operational.id, f.actorId, { responsibleMembershipId: gone.membership.id }))).toBe('plans_error_responsible_not_member@responsibleMembershipId');
	});

	it('runs proposed → validated → retired, recording the validation reference', () => {
		const indicator = newIndicator(t.operational.id, f.actorId);
		const when = new Date('2016-03-15T18:00:00Z');
		const validated = validateIndicator(indicator.id, { ref: 'vote:12', validatedAt: when }, f.actorId);
		expect(validated).toMatchObject({ state: 'validated', validationRef: 'vote:12', validatedAt: when });
		expect(code(() => validateIndicator(indicator.id, { ref: 'vote:13' }, f.actorId))).toBe('plans_error_bad_transition@state');
		const retired = retireIndicator(indicator.id, f.actorId, { reason: 'Donnée plus produite' });
		expect(retired.state).toBe('retired');
		expect(retired.retiredAt).toBeInstanceOf(Date);
		expect(code(() => retireIndicator(indicator.id, f.actorId))).toBe('plans_error_bad_transition@state');
		expect(code(() => updateIndicator(indicator.id, { source: 'x' }, f.actorId))).toBe('plans_error_indicator_retired@form');
		expect(code(() => validateIndicator(newIndicator(t.operational.id, f.actorId).id, { ref: ' ' }, f.actorId))).toBe('plans_error_required@ref');
		// a proposal may be dropped without being validated
		expect(retireIndicator(newIndicator(t.operational.id, f.actorId).id, f.actorId).state).toBe('retired');
		expect(auditActions(f.council.id).slice(0, 5)).toContain('indicator.validate');
		expect(events.filter((e) => e.type === 'indicator.changed' && e.what === 'state')).toHaveLength(3);
	});

	it('sends a validated indicator back to proposed when what it measures changes', () => {
		const indicator = newIndicator(t.operational.id, f.actorId);
		validateIndicator(indicator.id, { ref: 'vote:12' }, f.actorId);
		const light = updateIndicator(indicator.id, { source: 'INSEE', weight: 3 }, f.actorId);
		expect(light.revalidationNeeded).toBe(false);
		expect(light.indicator).toMatchObject({ state: 'validated', source: 'INSEE', weight: 3 });
		const heavy = updateIndicator(indicator.id, { targetValue: 250 }, f.actorId);
		expect(heavy.revalidationNeeded).toBe(true);
		expect(heavy.indicator).toMatchObject({ state: 'proposed', validationRef: null, validatedAt: null, targetValue: 250 });
		expect(code(() => updateIndicator(indicator.id, { targetValue: 10 }, f.actorId))).toBe('plans_error_target_direction@targetValue');
		const same = updateIndicator(indicator.id, { targetValue: 250 }, f.actorId);
		expect(same.revalidationNeeded).toBe(false);
	});

	it('moves indicators within and across objectives of the same plan', () => {
		const [a, b, c] = [1, 2, 3].map((n) => newIndicator(t.operational.id, f.actorId, { name: `I${n}` }));
		moveIndicator(c.id, { nodeId: t.operational.id, position: 0 }, f.actorId);
		const names = (nodeId: number) =>
			listIndicators(f.plan.id)
				.filter((i) => i.nodeId === nodeId)
				.map((i) => `${i.name}:${i.position}`);
		expect(names(t.operational.id)).toEqual(['I3:0', 'I1:1', 'I2:2']);
		moveIndicator(a.id, { nodeId: t.strategic.id, position: 5 }, f.actorId);
		expect(names(t.operational.id)).toEqual(['I3:0', 'I2:1']);
		expect(names(t.strategic.id)).toEqual(['I1:0']);
		expect(code(() => moveIndicator(b.id, { nodeId: t.action.id, position: 0 }, f.actorId))).toBe('plans_error_indicator_not_objective@nodeId');
	});

	it('refuses to move an indicator out of its plan, onto a non-objective, or in a closed plan', () => {
		const indicator = newIndicator(t.operational.id, f.actorId, { name: 'Mobile' });
		const other = createPlan({ councilId: f.council.id, title: 'Autre plan', startYear: 2021, endYear: 2026 }, f.actorId);
		const p = addNode(other.id, { parentId: null, kind: 'principle', title: 'P' }, f.actorId);
		const foreign = addNode(other.id, { parentId: p.id, kind: 'strategic_objective', title: 'S' }, f.actorId);
		expect(code(() => moveIndicator(indicator.id, { nodeId: foreign.id, position: 0 }, f.actorId))).toBe('plans_error_node_not_found@nodeId');
		expect(code(() => moveIndicator(indicator.id, { nodeId: t.principle.id, position: 0 }, f.actorId))).toBe('plans_error_indicator_not_objective@nodeId');
		expect(code(() => moveIndicator(indicator.id, { nodeId: t.action.id, position: 0 }, f.actorId))).toBe('plans_error_indicator_not_objective@nodeId');
		expect(code(() => moveIndicator(indicator.id, { nodeId: 999999, position: 0 }, f.actorId))).toBe('plans_error_node_not_found@nodeId');
		expect(code(() => moveIndicator(indicator.id, { nodeId: t.strategic.id, position: 0.5 }, f.actorId))).toBe('plans_error_bad_position@position');
		expect(code(() => moveIndicator(999999, { nodeId: t.strategic.id, position: 0 }, f.actorId))).toBe('plans_error_indicator_not_found@form');
		// staying in place records nothing
		moveIndicator(indicator.id, { nodeId: t.operational.id, position: 0 }, f.actorId);
		expect(auditActions(f.council.id).filter((a) => a === 'indicator.move')).toHaveLength(0);
		db().update(plans).set({ status: 'closed' }).where(eq(plans.id, f.plan.id)).run();
		expect(code(() => moveIndicator(indicator.id, { nodeId: t.strategic.id, position: 0 }, f.actorId))).toBe('plans_error_plan_closed@form');
		expect(getIndicator(indicator.id)?.node.id).toBe(t.operational.id);
	});

	it('deletes only a proposed indicator never measured', () => {
		const measured = newIndicator(t.operational.id, f.actorId);
		addMeasurement(measured.id, { date: '2016-12-31', value: 120 }, f.evaluator.user.id);
		expect(code(() => deleteIndicator(measured.id, f.actorId))).toBe('plans_error_indicator_has_measurements@form');
		const validated = newIndicator(t.operational.id, f.actorId);
		validateIndicator(validated.id, { ref: 'vote:1' }, f.actorId);
		expect(code(() => deleteIndicator(validated.id, f.actorId))).toBe('plans_error_indicator_not_deletable@form');
		const fresh = newIndicator(t.operational.id, f.actorId);
		deleteIndicator(fresh.id, f.actorId);
		expect(getIndicator(fresh.id)).toBeUndefined();
	});

	it('reads one indicator with its objective, responsible member and progress', () => {
		const indicator = newIndicator(t.operational.id, f.actorId, { responsibleMembershipId: f.evaluator.membership.id });
		expect(getIndicator(indicator.id)?.progress.status).toBe('no_data');
		addMeasurement(indicator.id, { date: '2016-12-31', value: 110 }, f.evaluator.user.id);
		addMeasurement(indicator.id, { date: '2018-12-31', value: 150 }, f.evaluator.user.id);
		addMeasurement(indicator.id, { date: '2017-12-31', value: 130 }, f.evaluator.user.id);
		const detail = getIndicator(indicator.id)!;
		expect(detail).toMatchObject({
			councilId: f.council.id,
			node: { id: t.operational.id, kind: 'operational_objective' },
			responsible: { membershipId: f.evaluator.membership.id, name: f.evaluator.user.name }
		});
		expect(detail.progress.latest).toEqual({ value: 150, date: '2018-12-31' });
		expect(detail.progress.progress).toBeCloseTo(0.5, 12);
	});
});
