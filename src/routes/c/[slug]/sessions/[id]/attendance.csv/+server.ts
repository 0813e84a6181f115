// Attendance of a plenary as CSV (open data: who was present, remote, represented and by whom, or absent).
import type { RequestHandler } from './$types';
import { attendanceCsv, attendanceRows } from '$lib/server/plenaries/exports';
import { plenaryContext } from '../../shared.server';
import { csvDownload } from '$lib/server/http/csv-download';

export const GET: RequestHandler = (event) => {
	const { council, plenary } = plenaryContext(event);
	return csvDownload(event.url, `presences-seance-${plenary.id}.csv`, (dialect) => attendanceCsv(attendanceRows(plenary.id, council.id), dialect));
};
