import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { measurements } from './tables';
import { addMeasurement, correctMeasurement, history, retractMeasurement, series } from './measurements';
import { retireIndicator } from './indicators';
import { closePlan } from './plans';
import { adoptPlan } from './next-plan';
import { auditActions, newIndicator, planFixture, recordEvents, smallTree } from './test-helpers';
import { refusal } from '../test-support';

const events = recordEvents();

const code = refusal;

describe('measurements', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let indicatorId: number;
	beforeEach(async () => {
		f = await planFixture();
		const t = smallTree(f.plan.id, f.actorId);
		indicatorId = newIndicator(t.operational.id, f.actorId).id;
		events.length = 0;
	});

	it('adds dated values with source and comment, and lists the series by date', () => {
		const m = addMeasurement(indicatorId, { date: '2017-12-31', periodLabel: '2017', value: 130, source: 'Service ESS', comment: ' provisoire ' }, f.evaluator.user.id);
		expect(m).toMatchObject({ indicatorId, date: '2017-12-31', periodLabel: '2017', value: 130, source: 'Service ESS', comment: 'provisoire', enteredBy: f.evaluator.user.id, isCurrent: true });
		addMeasurement(indicatorId, { date: '2016-12-31', value: 110 }, f.evaluator.user.id);
		expect(series(indicatorId).map((p) => [p.date, p.value, p.corrected, p.enteredByName])).toEqual([
			['2016-12-31', 110, false, f.evaluator.user.name],
			['2017-12-31', 130, false, f.evaluator.user.name]
		]);
		expect(auditActions(f.council.id)[0]).toBe('measurement.add');
		expect(events).toEqual([
			{ type: 'indicator.changed', councilId: f.council.id, planId: f.plan.id, indicatorId, what: 'measurements' },
			{ type: 'indicator.changed', councilId: f.council.id, planId: f.plan.id, indicatorId, what: 'measurements' }
		]);
	});

	it('refuses a second value for the same date (that is a correction) and bad input', () => {
		addMeasurement(indicatorId, { date: '2017-12-31', value: 130 }, f.evaluator.user.id);
		expect(code(() => addMeasurement(indicatorId, { date: '2017-12-31', value: 131 }, f.evaluator.user.id))).toBe('plans_error_measurement_exists@date');
		expect(code(() => addMeasurement(indicatorId, { date: '2017-13-01', value: 1 }, f.actorId))).toBe('plans_error_bad_date@date');
		expect(code(() => addMeasurement(indicatorId, { date: '', value: 1 }, f.actorId))).toBe('plans_error_required@date');
		expect(code(() => addMeasurement(indicatorId, { date: '2017-06-30', value: Number.POSITIVE_INFINITY }, f.actorId))).toBe('plans_error_bad_number@value');
		expect(code(() => addMeasurement(999999, { date: '2017-06-30', value: 1 }, f.actorId))).toBe('plans_error_indicator_not_found@form');
	});

	it('corrects a value keeping the old one, with who corrected it and when', () => {
		const first = addMeasurement(indicatorId, { date: '2017-12-31', value: 130, source: 'Estimation' }, f.evaluator.user.id);
		const second = correctMeasurement(first.id, { value: 135, comment: 'Chiffre consolidé' }, f.actorId);
		expect(second).toMatchObject({ value: 135, source: 'Estimation', comment: 'Chiffre consolidé', enteredBy: f.actorId, isCurrent: true, date: '2017-12-31' });
		const third = correctMeasurement(second.id, { value: 136, source: 'INSEE' }, f.evaluator.user.id);
		expect(code(() => correctMeasurement(first.id, { value: 140 }, f.actorId))).toBe('plans_error_measurement_not_current@form');
		expect(code(() => correctMeasurement(third.id, { value: 136 }, f.actorId))).toBe('plans_error_correction_unchanged@value');

		const h = history(indicatorId);
		expect(h.map((e) => [e.id, e.value, e.status, e.replacesId, e.supersededById])).toEqual([
			[first.id, 130, 'superseded', null, second.id],
			[second.id, 135, 'superseded', first.id, third.id],
			[third.id, 136, 'current', second.id, null]
		]);
		expect(h[0].enteredBy).toEqual({ id: f.evaluator.user.id, name: f.evaluator.user.name });
		expect(h[0].endedBy).toEqual({ id: f.actorId, name: f.secretariat.user.name });
		expect(h[0].endedAt).toBeInstanceOf(Date);
		expect(h[1].endedBy?.id).toBe(f.evaluator.user.id);
		expect(h[2].endedAt).toBeNull();
		// one current value for the date, the corrected flag on the series
		expect(series(indicatorId).map((p) => [p.value, p.corrected])).toEqual([[136, true]]);
		expect(auditActions(f.council.id).filter((a) => a === 'measurement.correct')).toHaveLength(2);
	});

	it('lets the database refuse two current values for one date', () => {
		addMeasurement(indicatorId, { date: '2017-12-31', value: 130 }, f.actorId);
		expect(() => db().insert(measurements).values({ indicatorId, date: '2017-12-31', value: 1 }).run()).toThrow(/UNIQUE/);
		// ended rows for the same date are fine
		db().insert(measurements).values({ indicatorId, date: '2017-12-31', value: 1, isCurrent: false }).run();
	});

	it('retracts a value, keeping it in the history with the reason', () => {
		const m = addMeasurement(indicatorId, { date: '2017-12-31', value: 130 }, f.evaluator.user.id);
		retractMeasurement(m.id, { reason: 'Mauvais indicateur' }, f.actorId);
		expect(series(indicatorId)).toEqual([]);
		expect(history(indicatorId)).toMatchObject([{ id: m.id, status: 'retracted', endNote: 'Mauvais indicateur', endedBy: { id: f.actorId } }]);
		// the date is free again
		expect(addMeasurement(indicatorId, { date: '2017-12-31', value: 131 }, f.actorId).value).toBe(131);
		expect(code(() => retractMeasurement(m.id, {}, f.actorId))).toBe('plans_error_measurement_not_current@form');
	});

	it('refuses measurements on retired indicators and on closed plans', () => {
		const m = addMeasurement(indicatorId, { date: '2017-12-31', value: 130 }, f.actorId);
		retireIndicator(indicatorId, f.actorId);
		expect(code(() => addMeasurement(indicatorId, { date: '2018-12-31', value: 1 }, f.actorId))).toBe('plans_error_indicator_retired@form');
		expect(code(() => correctMeasurement(m.id, { value: 1 }, f.actorId))).toBe('plans_error_indicator_retired@form');
		const t2 = smallTree(f.plan.id, f.actorId);
		const other = newIndicator(t2.operational.id, f.actorId);
		adoptPlan(f.plan.id, f.actorId);
		closePlan(f.plan.id, f.actorId);
		expect(code(() => addMeasurement(other.id, { date: '2018-12-31', value: 1 }, f.actorId))).toBe('plans_error_plan_closed@form');
		expect(db().select().from(measurements).where(eq(measurements.indicatorId, other.id)).all()).toEqual([]);
	});
});
