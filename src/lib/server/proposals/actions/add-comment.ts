// A comment on a published proposal, or a reply to one.
import { z } from 'zod';
import { commentFormSchema } from '$lib/schemas/proposals';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { addComment as add } from '../comments';
import { proposalScope } from './scope';

export const addComment = defineAction({
	name: 'proposals.addComment',
	input: commentFormSchema.extend({ proposalId: id() }),
	permission: 'proposals.comment',
	scope: proposalScope,
	run: ({ tx, actor, scope }, input: z.output<typeof commentFormSchema>) => add(tx, actor, scope, input)
});
