// Applying an attendance event's rows (the members it touched) to what the attendance page and the door list
// show, so that a check-in or a proxy changes one line instead of reloading the lists.
import type { AttendanceRowData } from '$lib/plenary/live-types';

type Present = { membershipId: number; name: string; mode: string | null };
type RepresentedRow = { membershipId: number; name: string; holder: string };
export type Lists = { present: Present[]; represented: RepresentedRow[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

export function patchLists(lists: Lists, rows: AttendanceRowData[]): Lists {
	const touched = new Set(rows.map((r) => r.membershipId));
	const present = lists.present.filter((p) => !touched.has(p.membershipId));
	const represented = lists.represented.filter((p) => !touched.has(p.membershipId));
	for (const r of rows) {
		if (r.mode) present.push({ membershipId: r.membershipId, name: r.name, mode: r.mode });
		else if (r.representedBy !== null) represented.push({ membershipId: r.membershipId, name: r.name, holder: r.representedBy });
	}
	return { present: present.sort(byName), represented: represented.sort(byName) };
}

/** The door list's page: the touched members on it take their new status (the others stay as they are). */
export function patchDoor(page: AttendanceRowData[], rows: AttendanceRowData[]): AttendanceRowData[] {
	const changed = new Map(rows.map((r) => [r.membershipId, r]));
	return page.map((p) => changed.get(p.membershipId) ?? p);
}
