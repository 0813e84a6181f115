// The secretariat hides a comment, with a reason shown in its place.
import { commentHideSchema } from '$lib/schemas/proposals';
import { defineAction } from '../../actions/define';
import { hideComment as hide } from '../comments';
import { commentScope } from './scope';

export const hideComment = defineAction({
	name: 'proposals.hideComment',
	input: commentHideSchema,
	permission: 'proposals.moderate',
	scope: commentScope,
	run: ({ tx, actor, scope }, input) => hide(tx, actor, scope, input)
});
