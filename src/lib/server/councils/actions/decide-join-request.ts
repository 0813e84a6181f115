// The secretariat accepts a confirmed request to join (choosing college and role) or declines it with a reason.
import { acceptJoinRequestSchema, declineJoinRequestSchema } from '$lib/schemas/join-requests';
import { defineAction } from '../../actions/define';
import { acceptJoinRequest as accept, declineJoinRequest as decline } from '../join-decisions';
import { decisionScope } from './join-scope';

export const acceptJoinRequest = defineAction({
	name: 'members.acceptJoinRequest',
	input: acceptJoinRequestSchema,
	permission: 'members.manage',
	scope: decisionScope,
	run: ({ tx, actor, scope, now }, input) => accept(tx, scope, { collegeId: input.collegeId, role: input.role }, actor.user?.id ?? null, now.getTime())
});

export const declineJoinRequest = defineAction({
	name: 'members.declineJoinRequest',
	input: declineJoinRequestSchema,
	permission: 'members.manage',
	scope: decisionScope,
	run: ({ tx, actor, scope, now }, input) => decline(tx, scope, { reason: input.reason }, actor.user?.id ?? null, now.getTime())
});
