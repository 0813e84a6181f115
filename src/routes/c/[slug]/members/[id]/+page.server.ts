import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { error } from '@sveltejs/kit';
import { parseId, requireCouncil } from '$lib/server/http/guard';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { getMember, listColleges, memberHistory } from '$lib/server/councils/members';
import { deactivateMember, reactivateMember, reinviteMember, updateMember } from '$lib/server/councils/actions';
import { formAction } from '$lib/server/actions/form';

function context(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	const member = getMember(council.id, parseId(event.params.id));
	if (!member) error(404, 'not_found');
	return { council, member };
}

export const load: PageServerLoad = (event) => {
	const { council, member } = context(event);
	event.depends('app:members');
	return {
		member: { ...member, activated: Boolean(member.activated) },
		history: memberHistory(council.id, member.id).map(({ id, action, createdAt, actorName }) => ({ id, action, createdAt, actorName })),
		colleges: listColleges(council.id),
		roles: COUNCIL_ROLES,
		organisationTypes: ORGANISATION_TYPES
	};
};

const member = (event: { params: Partial<Record<string, string>> }) => ({ membershipId: event.params.id });

export const actions: Actions = {
	update: formAction(updateMember, { input: member, done: () => ({ saved: true }) }),
	reinvite: formAction(reinviteMember, { input: member, field: 'status', done: (created) => ({ reinvited: { url: created.url } }) }),
	deactivate: formAction(deactivateMember, { input: member, field: 'status', done: () => ({ statusChanged: 'deactivated' as const }) }),
	reactivate: formAction(reactivateMember, { input: member, field: 'status', done: () => ({ statusChanged: 'active' as const }) })
};
