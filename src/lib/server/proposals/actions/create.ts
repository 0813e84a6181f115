// A member writes a proposal (a private draft until submitted), with its attachments. The form's one-time
// submission key makes a repeated send return the first proposal instead of creating another.
import { z } from 'zod';
import { proposalFormSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { createProposal as create } from '../write';
import { attachmentsInput, discardAttachments, prepareAttachments } from '../../files/uploads';

export const submissionKeyInput = z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional());

export const createProposal = defineAction({
	name: 'proposals.create',
	input: proposalFormSchema.extend({ submissionKey: submissionKeyInput, attachments: attachmentsInput }),
	permission: 'proposals.create',
	prepare: (input, { council }) => prepareAttachments(input.attachments, council),
	discard: discardAttachments,
	run: ({ actor, council, prepared }, { title, summary, body, themeIds, leverIds, coauthorIds, links, submissionKey }) =>
		create(actor, requireCouncilOf(council).id, { title, summary, body, themeIds: [...themeIds, ...leverIds], coauthorIds, links, submissionKey }, prepared),
	present: (row) => ({ id: row.id, state: row.state, repeated: row.repeated })
});
