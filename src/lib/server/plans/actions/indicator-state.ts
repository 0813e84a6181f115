// An indicator validated by hand (when, and what validated it: a deliberation, a plenary vote recorded on paper…)
// or retired (kept with its values, no longer measured).
import { retireSchema, validateSchema } from '$lib/schemas/plans';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { retireIndicator as retire, validateIndicator as validate } from '../indicators';
import { indicatorScope } from './scope';

export const validateIndicator = defineAction({
	name: 'plans.validateIndicator',
	input: validateSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'plans.manage',
	scope: indicatorScope,
	run: ({ actor, scope }, { ref, validatedOn }) => {
		// 'vote:<id>' and 'approval:<id>' are written by the vote engine when a vote or a round adopts the indicator:
		// typed by hand they would show a vote that never validated it
		if (/^\s*(vote|approval)\s*:\s*\d+\s*$/i.test(ref)) throw new DomainError('plans_validation_ref_reserved', 'ref');
		const validatedAt = new Date(`${validatedOn}T00:00:00Z`);
		if (Number.isNaN(validatedAt.getTime())) throw new DomainError('plans_error_bad_date', 'validatedOn');
		if (validatedOn > new Date().toISOString().slice(0, 10)) throw new DomainError('plans_error_validation_future', 'validatedOn');
		validate(scope.indicator.id, { ref, validatedAt }, actor.user!.id);
	}
});

export const retireIndicator = defineAction({
	name: 'plans.retireIndicator',
	input: retireSchema.extend({ planId: id(), indicatorId: id() }),
	permission: 'plans.manage',
	scope: indicatorScope,
	run: ({ actor, scope }, { reason }) => {
		retire(scope.indicator.id, actor.user!.id, { reason });
	}
});
