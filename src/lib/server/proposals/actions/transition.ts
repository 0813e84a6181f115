// Moving a proposal through its lifecycle (states.ts): its authors submit and withdraw; those who answer for the
// council accept, decline, merge, schedule, and follow the implementation. Votes go through the votes engine.
import { id } from '$lib/schemas/common';
import { transitionFormSchema } from '$lib/schemas/proposals';
import type { z } from 'zod';
import { defineAction, type RunContext } from '../../actions/define';
import type { Loaded } from '../access';
import { DomainError } from '../../errors';
import { transitionProposal } from '../lifecycle';
import { TRANSITIONS } from '../states';
import { proposalScope } from './scope';

const input = transitionFormSchema.extend({ proposalId: id() });

function transition(by: 'author' | 'manager') {
	return ({ actor, scope }: RunContext<Loaded, undefined>, { transition: name, answer, reason, targetId }: z.output<typeof input>) => {
		if (TRANSITIONS[name].by !== by) throw new DomainError('proposals_error_forbidden');
		return transitionProposal(actor, scope.proposal.id, name, { answer, reason, targetId });
	};
}

export const authorTransition = defineAction({
	name: 'proposals.authorTransition',
	input,
	permission: 'proposals.create',
	scope: proposalScope,
	run: transition('author')
});

export const managerTransition = defineAction({
	name: 'proposals.managerTransition',
	input,
	permission: 'proposals.answer',
	scope: proposalScope,
	run: transition('manager')
});

/** The action a transition form names: the authors' or the managers'. */
export const transitionActionFor = (values: Record<string, unknown>) => (TRANSITIONS[values.transition as keyof typeof TRANSITIONS]?.by === 'author' ? authorTransition : managerTransition);
