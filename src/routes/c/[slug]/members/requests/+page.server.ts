import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { listColleges } from '$lib/server/councils/members';
import { listPendingJoinRequests } from '$lib/server/councils/join-requests';
import { formAction } from '$lib/server/actions/form';
import { acceptJoinRequest, declineJoinRequest } from '$lib/server/councils/actions';
import { t } from '$lib/i18n/translate';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	event.depends('app:members');
	return {
		requests: listPendingJoinRequests(council.id),
		colleges: listColleges(council.id).map((c) => ({ id: c.id, name: c.name })),
		roles: COUNCIL_ROLES,
		open: council.isPublic && council.joinRequestsOpen
	};
};

export const actions: Actions = {
	accept: formAction(acceptJoinRequest, {
		done: (data) => ({ done: t(data.invitationId ? 'members_requests_accepted_new' : 'members_requests_accepted', { name: data.name }) })
	}),
	decline: formAction(declineJoinRequest, { done: () => ({ done: t('members_requests_declined') }) })
};
