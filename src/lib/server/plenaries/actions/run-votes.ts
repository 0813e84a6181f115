// The secretariat runs the plenary's votes: open (with an optional timer), close (tally) and publish the result.
// The timer's own closing (closeExpiredVotes, started in startup.ts) is not a request and calls the service directly.
import { id } from '$lib/schemas/common';
import { openVoteSchema, voteIdSchema } from '$lib/schemas/votes';
import { defineAction } from '../../actions/define';
import { closeVote as close } from '../close';
import { openVote as open, publishVote as publish } from '../votes';
import { voteScope } from './scope';

const plenary = { plenaryId: id() };

export const openVote = defineAction({
	name: 'votes.open',
	input: openVoteSchema.extend(plenary),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }, input) => open(actor.user!, scope.vote.id, { durationSeconds: input.durationSeconds ?? null, confirmSmallGroups: input.confirmSmallGroups })
});

export const closeVote = defineAction({
	name: 'votes.close',
	input: voteIdSchema.extend(plenary),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }) => close(actor.user!, scope.vote.id)
});

export const publishVote = defineAction({
	name: 'votes.publish',
	input: voteIdSchema.extend(plenary),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }) => publish(actor.user!, scope.vote.id)
});
