import type { LayoutServerLoad } from './$types';
import { authorize, councilContext } from '$lib/server/http/guard';
import { guestWorkshopFromPath } from '$lib/server/workshops/access';
import { can } from '$lib/server/auth/permissions';

export const load: LayoutServerLoad = (event) => {
	const { council, actor } = councilContext(event, event.params.slug);
	// a workshop guest (not a council member) may open that workshop's pages only (workshops/access.ts)
	const guestWorkshopId = actor.roles.length ? null : guestWorkshopFromPath(council.id, event.locals.user?.id, event.url.pathname, council.slug);
	if (guestWorkshopId === null) authorize(event, actor, 'council.read', council);
	return {
		council: {
			id: council.id,
			slug: council.slug,
			name: council.name,
			territory: council.territory,
			description: council.description,
			isPublic: council.isPublic,
			isDemo: council.isDemo,
			weighting: council.weighting
		},
		roles: actor.roles,
		guestWorkshopId,
		can: {
			update: can(actor, 'council.update', council),
			presence: can(actor, 'council.presence', council),
			readMembers: can(actor, 'members.read', council),
			manageMembers: can(actor, 'members.manage', council),
			readAudit: can(actor, 'audit.read', council),
			readProposals: can(actor, 'proposals.read', council),
			readPlans: can(actor, 'plans.read', council),
			readWorkshops: can(actor, 'workshops.read', council),
			readPlenaries: can(actor, 'plenaries.read', council)
		}
	};
};
