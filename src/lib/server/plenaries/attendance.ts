// Attendance at a plenary: members check themselves in ('plenaries.attend') or the secretariat checks
// them in at the door ('plenaries.manage', audited), in the room or remote, from convocation until the plenary
// closes. The summary gives present, represented and entitled members and whether the quorum is met.
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { quorumOf } from '../../tally/tally';
import type { QuorumKind, TallyResult } from './tally-types';
import { activeMembers, collegesOf, councilRow, isEntitled, membershipIn, presenceOf, requireAction, plenaryRow, type PlenaryRow, type PlenaryUser } from './access';
import { attendance } from './tables';

export const ATTENDANCE_MODES = ['in_room', 'remote'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export type AttendanceRow = typeof attendance.$inferSelect;

/** Checks the permission (self or secretariat) and the plenary state; returns whether it is the member themself. */
function authorizeFor(tx: Tx, user: PlenaryUser, plenary: PlenaryRow, membershipId: number): boolean {
	const council = councilRow(tx, plenary.councilId);
	const m = membershipIn(tx, council.id, membershipId);
	if (m.status !== 'active') throw new DomainError('plenaries_error_member_inactive', 'membershipId');
	const self = m.userId === user.id;
	requireAction(tx, user, self ? 'plenaries.attend' : 'plenaries.manage', council);
	if (plenary.state !== 'convened' && plenary.state !== 'open') throw new DomainError('plenaries_error_attendance_state');
	return self;
}

export function checkIn(user: PlenaryUser, input: { plenaryId: number; membershipId: number; mode: AttendanceMode }): AttendanceRow {
	if (!ATTENDANCE_MODES.includes(input.mode)) throw new DomainError('plenaries_error_mode', 'mode');
	const { row, councilId } = db().transaction((tx) => {
		const plenary = plenaryRow(tx, input.plenaryId);
		const self = authorizeFor(tx, user, plenary, input.membershipId);
		const values = { mode: input.mode, checkedInAt: new Date(), checkedInBy: user.id, checkedOutAt: null };
		const row = tx
			.insert(attendance)
			.values({ plenaryId: input.plenaryId, membershipId: input.membershipId, ...values })
			.onConflictDoUpdate({ target: [attendance.plenaryId, attendance.membershipId], set: values })
			.returning()
			.get();
		if (!self)
			recordAudit(tx, {
				councilId: plenary.councilId,
				actorId: user.id,
				action: 'attendance.check_in',
				entityType: 'membership',
				entityId: input.membershipId,
				details: { plenaryId: input.plenaryId, mode: input.mode }
			});
		return { row, councilId: plenary.councilId };
	});
	publish({ type: 'attendance.changed', councilId, plenaryId: input.plenaryId, what: 'presence', membershipIds: [input.membershipId] });
	return row;
}

export function checkOut(user: PlenaryUser, input: { plenaryId: number; membershipId: number }): void {
	const councilId = db().transaction((tx) => {
		const plenary = plenaryRow(tx, input.plenaryId);
		const self = authorizeFor(tx, user, plenary, input.membershipId);
		const done = tx
			.update(attendance)
			.set({ checkedOutAt: new Date() })
			.where(and(eq(attendance.plenaryId, input.plenaryId), eq(attendance.membershipId, input.membershipId)))
			.run();
		if (done.changes === 0) throw new DomainError('plenaries_error_not_checked_in', 'membershipId');
		if (!self)
			recordAudit(tx, {
				councilId: plenary.councilId,
				actorId: user.id,
				action: 'attendance.check_out',
				entityType: 'membership',
				entityId: input.membershipId,
				details: { plenaryId: input.plenaryId }
			});
		return plenary.councilId;
	});
	publish({ type: 'attendance.changed', councilId, plenaryId: input.plenaryId, what: 'presence', membershipIds: [input.membershipId] });
}

export type AttendanceSummary = {
	plenaryId: number;
	/** entitled voters (active members with a role that may vote: access.ts VOTER_ROLES) */
	entitled: number;
	/** entitled members checked in, and how */
	present: number;
	inRoom: number;
	remote: number;
	/** entitled members away whose proxy holder is checked in */
	represented: number;
	presentOrRepresented: number;
	/** everyone checked in, voters or not (secretariat, observers…) */
	attendees: number;
	/** the council's quorum rule applied to present or represented members */
	quorum: TallyResult['quorum'];
	byCollege: { collegeId: number | null; name: string; entitled: number; present: number; represented: number }[];
};

export function attendanceSummary(plenaryId: number): AttendanceSummary {
	const tx = db();
	const plenary = plenaryRow(tx, plenaryId);
	const council = councilRow(tx, plenary.councilId);
	const presence = presenceOf(tx, plenaryId);
	const members = activeMembers(tx, council.id);
	const colleges = collegesOf(tx, council.id);
	const rows = new Map<number | null, AttendanceSummary['byCollege'][number]>(colleges.map((c) => [c.id, { collegeId: c.id, name: c.name, entitled: 0, present: 0, represented: 0 }]));
	const s = { entitled: 0, present: 0, inRoom: 0, remote: 0, represented: 0, attendees: 0 };
	for (const m of members) {
		const mode = presence.checkedIn.get(m.id);
		if (mode) s.attendees += 1;
		if (!isEntitled(m, council.weighting)) continue;
		let row = rows.get(m.collegeId);
		if (!row) rows.set(m.collegeId, (row = { collegeId: m.collegeId, name: '', entitled: 0, present: 0, represented: 0 }));
		s.entitled += 1;
		row.entitled += 1;
		if (mode) {
			s.present += 1;
			row.present += 1;
			s[mode === 'in_room' ? 'inRoom' : 'remote'] += 1;
		} else if (presence.activeHolder(m.id) !== null) {
			s.represented += 1;
			row.represented += 1;
		}
	}
	const presentOrRepresented = s.present + s.represented;
	const quorum = quorumOf({ quorumKind: council.quorumKind as QuorumKind, quorumValue: council.quorumValue }, s.entitled, presentOrRepresented);
	return { plenaryId, ...s, presentOrRepresented, quorum, byCollege: [...rows.values()] };
}

export type AttendanceEntry = {
	membershipId: number;
	userId: number;
	name: string;
	collegeId: number | null;
	roles: string[];
	entitled: boolean;
	mode: AttendanceMode | null;
	/** the member this one gave their proxy to, and whether it is in force now */
	proxyTo: number | null;
	proxyActive: boolean;
	/** members whose proxies this one holds */
	proxiesHeld: number[];
};

/** Every active member with their attendance and proxies, by name; `search` filters names (door check-in). */
export function listAttendance(plenaryId: number, search = ''): AttendanceEntry[] {
	const tx = db();
	const plenary = plenaryRow(tx, plenaryId);
	const council = councilRow(tx, plenary.councilId);
	const presence = presenceOf(tx, plenaryId);
	const held = new Map<number, number[]>();
	for (const [giver, holder] of presence.proxyHolder) held.set(holder, [...(held.get(holder) ?? []), giver]);
	const needle = search.trim().toLocaleLowerCase('fr');
	return activeMembers(tx, council.id)
		.filter((m) => !needle || m.name.toLocaleLowerCase('fr').includes(needle))
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
		.map((m) => ({
			membershipId: m.id,
			userId: m.userId,
			name: m.name,
			collegeId: m.collegeId,
			roles: m.roles,
			entitled: isEntitled(m, council.weighting),
			mode: presence.checkedIn.get(m.id) ?? null,
			proxyTo: presence.proxyHolder.get(m.id) ?? null,
			proxyActive: presence.activeHolder(m.id) !== null,
			proxiesHeld: held.get(m.id) ?? []
		}));
}
