// A value entered for an indicator, or a value corrected (the correction is kept beside what it replaces).
import { correctionSchema, measurementSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addMeasurement as add, correctMeasurement as correct } from '../measurements';
import { indicatorScope, measurementScope } from './scope';

export const addMeasurement = defineAction({
	name: 'plans.addMeasurement',
	input: measurementSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'indicators.measure',
	scope: indicatorScope,
	run: ({ actor, scope }, { planId: _, indicatorId: __, ...value }) => {
		add(scope.indicator.id, value, actor.user!.id);
	}
});

export const correctMeasurement = defineAction({
	name: 'plans.correctMeasurement',
	input: correctionSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'indicators.measure',
	scope: measurementScope,
	run: ({ actor }, input) => {
		correct(input.measurementId, { value: input.value, source: input.source || undefined, comment: input.comment }, actor.user!.id);
	}
});
