// Someone asks to join a public council whose requests are open; a confirmation link is mailed to them.
import { z } from 'zod';
import { joinRequestSchema } from '$lib/schemas/join-requests';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { insertJoinRequest } from '../join-requests';
import { collegeInCouncil } from './join-scope';

export const requestJoin = defineAction({
	name: 'members.requestJoin',
	input: joinRequestSchema.extend({ locale: z.enum(['fr', 'en']).catch('fr') }),
	permission: 'members.requestJoin',
	scope: (ctx, input) => collegeInCouncil(ctx, input.collegeId),
	run: ({ tx, council, now }, input) => insertJoinRequest(tx, requireCouncilOf(council).id, input, now.getTime()),
	present: () => ({ ok: true })
});
