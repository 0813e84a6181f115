// Anyone logged in who may read a proposal follows it, or stops following it.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { setFollowing } from '../follows';
import { proposalScope } from './scope';

const input = z.object({ proposalId: id() });

export const followProposal = defineAction({
	name: 'proposals.follow',
	input,
	permission: 'proposals.read',
	scope: proposalScope,
	run: ({ tx, actor, scope }) => setFollowing(tx, actor, scope, true)
});

export const unfollowProposal = defineAction({
	name: 'proposals.unfollow',
	input,
	permission: 'proposals.read',
	scope: proposalScope,
	run: ({ tx, actor, scope }) => setFollowing(tx, actor, scope, false)
});
