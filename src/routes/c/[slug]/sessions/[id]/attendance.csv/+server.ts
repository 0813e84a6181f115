// Attendance of a session as CSV (open data: who was present, remote, represented and by whom, or absent).
import type { RequestHandler } from './$types';
import { attendanceCsv, attendanceRows } from '$lib/server/sessions/exports';
import { sessionContext } from '../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { council, session } = sessionContext(event);
	return csvDownload(event.url, `presences-seance-${session.id}.csv`, (dialect) => attendanceCsv(attendanceRows(session.id, council.id), dialect));
};
