import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can, COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { countMembers, listColleges, listMembers } from '$lib/server/councils/members';
import { memberFilterSchema } from '$lib/schemas/members';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'members.read');
	event.depends('app:members');
	const canManage = can(actor, 'members.manage', council);
	const canReadEmails = can(actor, 'members.readEmails', council);
	const filter = memberFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	if (!canManage) filter.status = 'active';
	const members = listMembers(
		council.id,
		{ q: filter.q, collegeId: filter.college, role: filter.role, organisationType: filter.type, status: filter.status, page: filter.page },
		{ includeEmails: canReadEmails, includeDeactivated: canManage }
	);
	const all = countMembers(council.id) + (canManage ? countMembers(council.id, 'deactivated') : 0);
	return {
		filter,
		filtered: Boolean(filter.q || filter.college || filter.role || filter.type || filter.status !== 'active'),
		members,
		all,
		colleges: listColleges(council.id),
		roles: COUNCIL_ROLES,
		organisationTypes: ORGANISATION_TYPES,
		canManage,
		canReadEmails
	};
};
