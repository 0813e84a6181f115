// The author edits their comment within 15 minutes of writing it.
import { commentEditSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { editComment as edit } from '../comments';
import { commentScope } from './scope';

export const editComment = defineAction({
	name: 'proposals.editComment',
	input: commentEditSchema,
	permission: 'proposals.comment',
	scope: commentScope,
	run: ({ tx, actor, scope, now }, input) => edit(tx, actor, scope, input, now.getTime())
});
