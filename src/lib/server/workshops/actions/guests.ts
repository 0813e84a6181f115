// Guest links of a workshop: made and revoked by its facilitators (signing up with a link: routes/workshop-invitations).
import { id } from '$lib/schemas/common';
import { guestLinkSchema, guestRevokeSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { createGuestLink as create, revokeGuest as revoke } from '../guests';
import { guestScope, standsInWorkshop, workshopScope } from './scope';

export const createGuestLink = defineAction({
	name: 'workshops.createGuestLink',
	input: guestLinkSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: workshopScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, label }) => create(actor, workshopId, label),
	present: (link) => ({ ok: true, url: link.url, expiresAt: link.expiresAt })
});

export const revokeGuest = defineAction({
	name: 'workshops.revokeGuest',
	input: guestRevokeSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: guestScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, guestId }) => revoke(actor, workshopId, guestId)
});
