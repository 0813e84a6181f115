// The authors edit their draft (text, themes, co-authors, links, attachments).
import { id } from '$lib/schemas/common';
import { proposalEditSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { updateDraft as update } from '../write';
import { proposalScope } from './scope';
import { attachmentsInput, discardAttachments, prepareAttachments } from '../../files/uploads';

export const updateDraft = defineAction({
	name: 'proposals.updateDraft',
	input: proposalEditSchema.extend({ proposalId: id(), attachments: attachmentsInput }),
	permission: 'proposals.create',
	scope: proposalScope,
	prepare: (input, { council }) => prepareAttachments(input.attachments, council),
	discard: discardAttachments,
	run: ({ actor, scope, prepared }, { title, summary, body, themeIds, leverIds, coauthorIds, links, removeFileIds }) =>
		update(actor, scope.proposal.id, { title, summary, body, themeIds: [...themeIds, ...leverIds], coauthorIds, links }, prepared, removeFileIds)
});
