// Attendance of a session as JSON: the summary (by college, quorum) and every member's status.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { attendanceJson } from '$lib/server/sessions/exports';
import { sessionContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { council, session } = sessionContext(event);
	return apiJson(attendanceJson(session, council.id));
};
