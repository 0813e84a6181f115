// Proxies: an entitled member gives theirs to another member for the session; the secretariat records one given on
// paper; the giver, the holder or the secretariat (and so the platform administrator, who may do what the
// secretariat does) revokes one.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { proxyFormSchema, revokeProxyFormSchema } from '$lib/schemas/sessions';
import { can } from '../../auth/permissions';
import { defineAction } from '../../actions/define';
import { giveProxy as give, revokeProxy as revoke } from '../proxies';
import { memberOf } from '../vote-status';
import { sessionScope } from './scope';

const session = z.object({ sessionId: id() });

export const giveProxy = defineAction({
	name: 'sessions.giveProxy',
	input: z.object({ holderMembershipId: id() }).extend(session.shape),
	permission: 'votes.cast',
	scope: sessionScope,
	run: ({ actor, scope }, input) => give(actor.user!, { sessionId: scope.session.id, giverMembershipId: memberOf(scope.council.id, actor.user!.id) ?? 0, holderMembershipId: input.holderMembershipId })
});

export const recordProxy = defineAction({
	name: 'sessions.recordProxy',
	input: proxyFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, input) => give(actor.user!, { sessionId: scope.session.id, giverMembershipId: input.giverMembershipId, holderMembershipId: input.holderMembershipId })
});

/** Members revoke their own proxies (the service checks they are the giver or the holder); managers any. */
export const revokeProxy = defineAction({
	name: 'sessions.revokeProxy',
	input: revokeProxyFormSchema.extend(session.shape),
	permission: 'sessions.attend',
	admit: ({ actor, council }) => can(actor, 'sessions.manage', council ?? undefined),
	scope: sessionScope,
	run: ({ actor, scope }, input) => revoke(actor.user!, { sessionId: scope.session.id, giverMembershipId: input.giverMembershipId })
});
