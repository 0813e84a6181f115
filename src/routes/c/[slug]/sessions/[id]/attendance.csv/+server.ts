// Attendance of a session as CSV (open data: who was present, remote, represented and by whom, or absent).
import type { RequestHandler } from './$types';
import { attendanceCsv, attendanceRows } from '$lib/server/sessions/exports';
import { sessionContext } from '../../shared.server';

export const GET: RequestHandler = (event) => {
	const { council, session } = sessionContext(event);
	return new Response(attendanceCsv(attendanceRows(session.id, council.id)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="presences-seance-${session.id}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
