// Official answers and implementation notes, by those who answer for the council.
import { id } from '$lib/schemas/common';
import { answerFormSchema, updateFormSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { addImplementationUpdate, answerProposal as answer } from '../lifecycle';
import { proposalScope } from './scope';

export const answerProposal = defineAction({
	name: 'proposals.answer',
	input: answerFormSchema.extend({ proposalId: id() }),
	permission: 'proposals.answer',
	scope: proposalScope,
	run: ({ actor, scope }, input) => answer(actor, scope.proposal.id, input)
});

export const addUpdate = defineAction({
	name: 'proposals.addUpdate',
	input: updateFormSchema.extend({ proposalId: id() }),
	permission: 'proposals.answer',
	scope: proposalScope,
	run: ({ actor, scope }, input) => addImplementationUpdate(actor, scope.proposal.id, input)
});
