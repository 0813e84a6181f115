import type { LayoutServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can } from '$lib/server/auth/permissions';

export const load: LayoutServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'council.read');
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
		can: {
			update: can(actor, 'council.update', council),
			presence: can(actor, 'council.presence', council),
			readMembers: can(actor, 'members.read', council),
			manageMembers: can(actor, 'members.manage', council),
			readAudit: can(actor, 'audit.read', council),
			readProposals: can(actor, 'proposals.read', council)
		}
	};
};
