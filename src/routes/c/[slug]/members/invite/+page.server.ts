import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { parseForm, formFailure } from '$lib/server/http/forms';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { ORGANISATION_TYPES } from '$lib/server/councils/taxonomy';
import { listColleges } from '$lib/server/councils/members';
import { createInvitation, listPendingInvitations, revokeInvitation } from '$lib/server/councils/invitations';
import { DomainError } from '$lib/server/errors';
import { inviteSchema, revokeSchema } from '$lib/schemas/members';
import { composeInvitationMail } from '$lib/i18n/members-server';
import { t } from '$lib/i18n/translate';

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
	invite: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.manage');
		const form = await parseForm(event.request, inviteSchema);
		if (!form.ok) return form.failure;
		try {
			const created = createInvitation({ councilId: council.id, ...form.data }, event.locals.user?.id ?? null, { composeMail: composeInvitationMail });
			return { invited: { email: form.data.email, url: created.url } };
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ [e.field]: t(e.code, e.params) }, form.values);
			throw e;
		}
	},
	revoke: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.manage');
		const form = await parseForm(event.request, revokeSchema);
		if (!form.ok) return form.failure;
		try {
			revokeInvitation(council.id, form.data.invitationId, event.locals.user?.id ?? null);
		} catch (e) {
			if (e instanceof DomainError) return formFailure({ pending: t(e.code, e.params) });
			throw e;
		}
		return { revoked: true };
	}
};
