// Amendments: a member proposes one to someone else's proposal; its authors (while submitted) or those who answer
// for the council (once accepted) accept or reject it.
import { and, eq } from 'drizzle-orm';
import { id } from '$lib/schemas/common';
import { amendmentDecisionSchema, amendmentFormSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { can } from '../../auth/permissions';
import { found } from '../../actions/scope';
import { decideAmendment as decide, proposeAmendment as propose } from '../amendments';
import { proposalAmendments } from '../tables';
import { proposalScope } from './scope';

export const proposeAmendment = defineAction({
	name: 'proposals.amend',
	input: amendmentFormSchema.extend({ proposalId: id() }),
	permission: 'proposals.amend',
	scope: proposalScope,
	run: ({ actor, scope }, input) => propose(actor, scope.proposal.id, input)
});

export const decideAmendment = defineAction({
	name: 'proposals.decideAmendment',
	input: amendmentDecisionSchema.extend({ proposalId: id(), amendmentId: id() }),
	// the proposal's authors (members) decide while it is submitted; those who answer for the council once it is
	// accepted: both are let through here, and decidesAmendments() says which one decides now
	permission: 'proposals.create',
	scope: (ctx, input) => {
		const loaded = proposalScope(ctx, input);
		const amendment = found(
			ctx.tx
				.select({ id: proposalAmendments.id })
				.from(proposalAmendments)
				.where(and(eq(proposalAmendments.id, input.amendmentId), eq(proposalAmendments.proposalId, loaded.proposal.id)))
				.get(),
			'proposals_error_not_found'
		);
		return { ...loaded, amendmentId: amendment.id };
	},
	admit: ({ actor, council }) => !!council && can(actor, 'proposals.answer', council),
	run: ({ actor, scope }, input) => decide(actor, scope.amendmentId, { accept: input.decision === 'accept', reason: input.reason })
});
