// The secretariat schedules an accepted proposal on an agenda item, or takes it off (with a reason).
import { id } from '$lib/schemas/common';
import { linkProposalFormSchema, unlinkProposalFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { linkProposal as link, unlinkProposal as unlink } from '../agenda-links';
import { itemScope } from './scope';

export const linkProposal = defineAction({
	name: 'plenaries.linkProposal',
	input: linkProposalFormSchema.extend({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => link(actor.user!, { itemId: scope.item.id, proposalId: input.proposalId })
});

export const unlinkProposal = defineAction({
	name: 'plenaries.unlinkProposal',
	input: unlinkProposalFormSchema.extend({ plenaryId: id() }),
	permission: 'plenaries.manage',
	scope: itemScope,
	run: ({ actor, scope }, input) => unlink(actor.user!, { itemId: scope.item.id, proposalId: input.proposalId, reason: input.reason })
});
