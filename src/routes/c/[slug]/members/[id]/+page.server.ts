import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { getMember, listColleges, memberHistory, setMemberStatus, updateMember } from '$lib/server/councils/members';
import { createInvitation } from '$lib/server/councils/invitations';
import { DomainError } from '$lib/server/errors';
import { composeInvitationMail } from '$lib/i18n/members-server';
import { memberUpdateSchema } from '$lib/schemas/members';
import { t } from '$lib/i18n/translate';

function context(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const { council } = requireCouncil(event, event.params.slug, 'members.manage');
	const id = Number(event.params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'not_found');
	const member = getMember(council.id, id);
	if (!member) error(404, 'not_found');
	return { council, member, actorId: event.locals.user?.id ?? null };
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

export const actions: Actions = {
	update: async (event) => {
		const { council, member, actorId } = context(event);
		const form = await parseForm(event.request, memberUpdateSchema);
		if (!form.ok) return form.failure;
		try {
			updateMember(council.id, member.id, form.data, actorId);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ [e.field]: t(e.code, e.params) }, form.values);
			throw e;
		}
		return { saved: true };
	},
	/** A new invitation for a member who has not chosen a password yet, with their current college and roles. */
	reinvite: (event) => {
		const { council, member, actorId } = context(event);
		if (member.activated || member.status !== 'active') return formFailure({ status: t('members_error_already_member') });
		try {
			const created = createInvitation(
				{
					councilId: council.id,
					email: member.email,
					name: member.name,
					collegeId: member.collegeId,
					organisationName: member.organisationName ?? '',
					organisationType: member.organisationType ?? 'other',
					roles: member.roles
				},
				actorId,
				{ composeMail: composeInvitationMail }
			);
			return { reinvited: { url: created.url } };
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ status: t(e.code, e.params) });
			throw e;
		}
	},
	deactivate: (event) => changeStatus(event, 'deactivated'),
	reactivate: (event) => changeStatus(event, 'active')
};

function changeStatus(event: RequestEvent, status: 'active' | 'deactivated') {
	const { council, member, actorId } = context(event);
	try {
		setMemberStatus(council.id, member.id, status, actorId);
	} catch (e) {
		if (e instanceof DomainError) return formFailure({ status: t(e.code, e.params) });
		throw e;
	}
	return { statusChanged: status };
}
