// Attendance of a plenary as JSON: the summary (by college, quorum) and every member's status.
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { attendanceJson } from '$lib/server/plenaries/exports';
import { plenaryContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { council, plenary } = plenaryContext(event);
	return apiJson(attendanceJson(plenary, council.id));
};
