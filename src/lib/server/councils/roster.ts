// A council's members as the API shows them: the members list (members.ts) in the API's shape, with
// e-mail addresses only when the caller is allowed to see them.
import { listMembers } from './members';

export type RosterQuery = {
	page: number;
	pageSize: number;
	collegeId?: number;
	role?: string;
	status: 'active' | 'deactivated' | 'all';
};

export type RosterMember = {
	id: number;
	name: string;
	email?: string;
	organisation: { name: string; type: string } | null;
	college: { id: number; name: string } | null;
	roles: string[];
	status: string;
};

export function listRoster(councilId: number, query: RosterQuery, options: { withEmails: boolean }) {
	const list = listMembers(
		councilId,
		{ collegeId: query.collegeId, role: query.role, status: query.status, page: query.page, pageSize: query.pageSize },
		{ includeEmails: options.withEmails, includeDeactivated: true }
	);
	const members: RosterMember[] = list.rows.map((r) => ({
		id: r.id,
		name: r.name,
		...(options.withEmails && r.email !== null ? { email: r.email } : {}),
		organisation: r.organisationName ? { name: r.organisationName, type: r.organisationType ?? 'other' } : null,
		college: r.collegeId !== null && r.collegeName !== null ? { id: r.collegeId, name: r.collegeName } : null,
		roles: r.roles,
		status: r.status
	}));
	return { members, total: list.total, page: list.page, pageSize: list.pageSize, pages: list.pages };
}
