// The person confirms the address of their request to join with the mailed link: it goes to the secretariat.
import { z } from 'zod';
import { defineAction } from '../../actions/define';
import { confirmJoinRequest as confirm } from '../join-requests';
import { tokenScope } from './join-scope';

export const confirmJoinRequest = defineAction({
	name: 'members.confirmJoinRequest',
	input: z.object({ token: z.string().trim().min(1).max(100) }),
	permission: 'members.requestJoin',
	scope: tokenScope,
	run: ({ tx, scope, now }) => confirm(tx, scope, now.getTime())
});
