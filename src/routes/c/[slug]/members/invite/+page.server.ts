import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { listColleges } from '$lib/server/councils/members';
import { listPendingInvitations } from '$lib/server/councils/invitations';
import { inviteMember, revokeMemberInvitation } from '$lib/server/councils/actions';
import { formAction } from '$lib/server/actions/form';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	event.depends('app:members');
	return {
		colleges: listColleges(council.id),
		pending: listPendingInvitations(council.id),
		roles: COUNCIL_ROLES,
		organisationTypes: ORGANISATION_TYPES
	};
};

export const actions: Actions = {
	invite: formAction(inviteMember, { done: (created, { values }) => ({ invited: { email: String(values.email).trim().toLowerCase(), url: created.url } }) }),
	revoke: formAction(revokeMemberInvitation, { field: 'pending', done: () => ({ revoked: true }) })
};
