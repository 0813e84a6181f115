// A member supports a submitted proposal, or withdraws their support.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { setSupport } from '../supports';
import { proposalScope } from './scope';

const input = z.object({ proposalId: id() });

export const supportProposal = defineAction({
	name: 'proposals.support',
	input,
	permission: 'proposals.support',
	scope: proposalScope,
	run: ({ tx, actor, scope }) => setSupport(tx, actor, scope, true)
});

export const withdrawSupport = defineAction({
	name: 'proposals.unsupport',
	input,
	permission: 'proposals.support',
	scope: proposalScope,
	run: ({ tx, actor, scope }) => setSupport(tx, actor, scope, false)
});
