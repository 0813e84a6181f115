// GET /api/v1/councils/:slug/members?page=&pageSize=&college=&role=&status=
// Members as the caller may see them: e-mail addresses only with 'members.readEmails'; members who left
// (status=deactivated|all) only with 'members.manage'.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { apiError, apiJson, parseQuery } from '$lib/server/http/api';
import { can } from '$lib/server/auth/permissions';
import { listRoster } from '$lib/server/councils/roster';
import { apiMembersQuerySchema } from '$lib/schemas/councils';
import { councilOrError } from '../../common';

export const GET: RequestHandler = ({ locals, params, url }) => {
	const access = councilOrError(locals, params.slug, 'members.read');
	if (!access.ok) return access.response;
	const query = parseQuery(url, apiMembersQuerySchema, m.councils_api_invalid_query());
	if (!query.ok) return query.response;
	const { council, actor } = access;
	const { page, pageSize, college, role, status } = query.data;
	if (status !== 'active' && !can(actor, 'members.manage', council)) return apiError(403, 'forbidden', m.councils_api_forbidden(), [{ path: 'status', message: m.councils_api_status_forbidden() }]);
	const result = listRoster(council.id, { page, pageSize, collegeId: college, role, status }, { withEmails: can(actor, 'members.readEmails', council) });
	return apiJson(result);
};
