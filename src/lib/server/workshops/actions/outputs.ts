// What a workshop produces: a retained cluster or contribution becomes a proposal draft (facilitators who may
// author proposals); the contributors answer the invitation to co-sign it.
import { id } from '$lib/schemas/common';
import { coauthorAnswerSchema, outputFormSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { answerCoauthorInvite as answer, createProposalFromOutput } from '../outputs';
import { boardScope, outputScope, standsInWorkshop } from './scope';

/** The facilitator (who must also be allowed to write proposals: checked by the service) writes the draft. */
export const createProposal = defineAction({
	name: 'workshops.createProposal',
	input: outputFormSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: boardScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, ...input }) => createProposalFromOutput(actor, workshopId, input),
	present: (r) => ({ ok: true, proposalId: r.proposalId })
});

/** A contributor invited to co-sign answers (the invitation is theirs: checked by the service). */
export const answerCoauthorInvite = defineAction({
	name: 'workshops.answerCoauthorInvite',
	input: coauthorAnswerSchema.extend({ workshopId: id() }),
	permission: 'workshops.read',
	scope: outputScope,
	run: ({ actor }, { workshopId, outputId, accept }) => answer(actor, outputId, accept, new Date(), workshopId)
});
