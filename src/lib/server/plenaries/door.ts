// The door list of a plenary (secretariat's check-in): one page of members at a time, filtered by name on the
// server, so that the page's data does not grow with the council.
import { listAttendance } from './attendance';
import type { AttendanceRowData } from '../../plenary/live-types';

export const DOOR_PAGE_SIZE = 50;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

export type DoorPage = { rows: AttendanceRowData[]; total: number; page: number; pages: number };

export function doorPage(plenaryId: number, q: string, page: number, size = DOOR_PAGE_SIZE): DoorPage {
	const everyone = listAttendance(plenaryId);
	const nameOf = new Map(everyone.map((p) => [p.membershipId, p.name]));
	const needle = fold(q.trim());
	const matching = needle ? everyone.filter((p) => fold(p.name).includes(needle)) : everyone;
	const pages = Math.max(1, Math.ceil(matching.length / size));
	const current = Math.min(page, pages);
	const rows = matching.slice((current - 1) * size, current * size).map((p) => ({
		membershipId: p.membershipId,
		name: p.name,
		entitled: p.entitled,
		mode: p.mode,
		representedBy: p.proxyActive && p.proxyTo ? (nameOf.get(p.proxyTo) ?? '') : null
	}));
	return { rows, total: matching.length, page: current, pages };
}

export type AttendanceLists = {
	present: { membershipId: number; name: string; mode: string | null }[];
	represented: { membershipId: number; name: string; holder: string }[];
};

/** Who is present and who is represented (by whom), by name: the attendance page's two lists. */
export function attendanceLists(plenaryId: number): AttendanceLists {
	const everyone = listAttendance(plenaryId);
	const nameOf = new Map(everyone.map((p) => [p.membershipId, p.name]));
	return {
		present: everyone.filter((p) => p.mode).map((p) => ({ membershipId: p.membershipId, name: p.name, mode: p.mode })),
		represented: everyone.filter((p) => p.proxyActive && p.proxyTo).map((p) => ({ membershipId: p.membershipId, name: p.name, holder: nameOf.get(p.proxyTo!) ?? '' }))
	};
}
