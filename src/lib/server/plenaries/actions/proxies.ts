// Proxies: an entitled member gives theirs to another member for the plenary; the secretariat records one given on
// paper; the giver, the holder or the secretariat (and so the platform administrator, who may do what the
// secretariat does) revokes one.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { proxyFormSchema, revokeProxyFormSchema } from '$lib/schemas/plenaries';
import { can } from '../../auth/permissions';
import { defineAction } from '../../actions/define';
import { giveProxy as give, revokeProxy as revoke } from '../proxies';
import { memberOf } from '../vote-status';
import { plenaryScope } from './scope';

const plenary = z.object({ plenaryId: id() });

export const giveProxy = defineAction({
	name: 'plenaries.giveProxy',
	input: z.object({ holderMembershipId: id() }).extend(plenary.shape),
	permission: 'votes.cast',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => give(actor.user!, { plenaryId: scope.plenary.id, giverMembershipId: memberOf(scope.council.id, actor.user!.id) ?? 0, holderMembershipId: input.holderMembershipId })
});

export const recordProxy = defineAction({
	name: 'plenaries.recordProxy',
	input: proxyFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => give(actor.user!, { plenaryId: scope.plenary.id, giverMembershipId: input.giverMembershipId, holderMembershipId: input.holderMembershipId })
});

/** Members revoke their own proxies (the service checks they are the giver or the holder); managers any. */
export const revokeProxy = defineAction({
	name: 'plenaries.revokeProxy',
	input: revokeProxyFormSchema.extend(plenary.shape),
	permission: 'plenaries.attend',
	admit: ({ actor, council }) => can(actor, 'plenaries.manage', council ?? undefined),
	scope: plenaryScope,
	run: ({ actor, scope }, input) => revoke(actor.user!, { plenaryId: scope.plenary.id, giverMembershipId: input.giverMembershipId })
});
