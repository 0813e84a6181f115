import type { Actions, PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { formFailure, parseForm } from '$lib/server/http/forms';
import { COUNCIL_ROLES } from '$lib/server/auth/permissions';
import { listColleges } from '$lib/server/councils/members';
import { listPendingJoinRequests } from '$lib/server/councils/join-requests';
import { acceptJoinRequest, declineJoinRequest } from '$lib/server/councils/join-decisions';
import { DomainError } from '$lib/server/errors';
import { acceptJoinRequestSchema, declineJoinRequestSchema } from '$lib/schemas/join-requests';
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

/** A refusal shown next to the request it concerns. */
function refused(e: unknown, requestId: unknown, values: Record<string, unknown>) {
	if (!(e instanceof DomainError)) throw e;
	return formFailure({ [e.field]: t(e.code, e.params) }, { ...values, requestId: String(requestId ?? '') });
}

export const actions: Actions = {
	accept: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.manage');
		const form = await parseForm(event.request, acceptJoinRequestSchema);
		if (!form.ok) return form.failure;
		const name = listPendingJoinRequests(council.id).find((r) => r.id === form.data.requestId)?.name ?? '';
		try {
			const result = acceptJoinRequest(council.id, form.data.requestId, { collegeId: form.data.collegeId, role: form.data.role }, event.locals.user!.id);
			return { done: result.invitationId ? t('members_requests_accepted_new', { name }) : t('members_requests_accepted', { name }) };
		} catch (e) {
			return refused(e, form.data.requestId, form.values);
		}
	},
	decline: async (event) => {
		const { council } = requireCouncil(event, event.params.slug, 'members.manage');
		const form = await parseForm(event.request, declineJoinRequestSchema);
		if (!form.ok) return form.failure;
		try {
			declineJoinRequest(council.id, form.data.requestId, { reason: form.data.reason }, event.locals.user!.id);
			return { done: t('members_requests_declined') };
		} catch (e) {
			return refused(e, form.data.requestId, form.values);
		}
	}
};
