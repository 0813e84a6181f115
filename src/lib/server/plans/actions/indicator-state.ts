// An indicator validated by hand (with what validated it) or retired (kept with its values, no longer measured).
import { z } from 'zod';
import { retireSchema } from '$lib/schemas/plans';
import { id, text } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { retireIndicator as retire, validateIndicator as validate } from '../indicators';
import { indicatorScope } from './scope';

export const validateIndicator = defineAction({
	name: 'plans.validateIndicator',
	input: z.object({ planId: id(), indicatorId: id(), ref: text(100) }),
	permission: 'plans.manage',
	scope: indicatorScope,
	run: ({ actor, scope }, { ref }) => {
		// 'vote:<id>' and 'approval:<id>' are written by the vote engine when a vote or a round adopts the indicator:
		// typed by hand they would show a vote that never validated it
		if (/^\s*(vote|approval)\s*:\s*\d+\s*$/i.test(ref)) throw new DomainError('plans_validation_ref_reserved', 'ref');
		validate(scope.indicator.id, { ref }, actor.user!.id);
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
