// Workshop meetings: date, place or online link, agenda, attendance, and shared Markdown notes.
// The notes rule: a save names the version it was written from; if someone saved a newer version meanwhile,
// the save is refused with who saved it and when, and the current text, so that the writer can merge.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { workshopAttendance, workshopMeetings } from './tables';
import { loadWorkshop, requireRight, type LoadedWorkshop } from './access';
import { workshopPeople } from './workshops';

export type MeetingInput = { title: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string; agenda: string };
export type MeetingRow = typeof workshopMeetings.$inferSelect;

function checkMeeting(input: MeetingInput): void {
	if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new DomainError('workshops_error_meeting_end', 'endsAt');
	if (!input.place.trim() && !input.onlineUrl.trim()) throw new DomainError('workshops_error_meeting_place', 'place');
}

export function insertMeeting(tx: Tx, workshopId: number, input: MeetingInput) {
	checkMeeting(input);
	return tx
		.insert(workshopMeetings)
		.values({ workshopId, ...input, title: input.title.trim(), place: input.place.trim(), onlineUrl: input.onlineUrl.trim() })
		.returning()
		.get();
}

export function addMeeting(actor: Actor, workshopId: number, input: MeetingInput) {
	const row = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		const m = insertMeeting(tx, workshopId, input);
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.meeting_add', entityType: 'workshop_meeting', entityId: m.id, details: { workshopId } });
		return { m, councilId: loaded.council.id };
	});
	publish({ type: 'workshop.changed', councilId: row.councilId, workshopId, what: 'meetings', meetingId: row.m.id });
	return row.m;
}

export function updateMeeting(actor: Actor, workshopId: number, meetingId: number, input: MeetingInput) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		meetingOf(tx, workshopId, meetingId);
		checkMeeting(input);
		tx.update(workshopMeetings)
			.set({ ...input, title: input.title.trim(), place: input.place.trim(), onlineUrl: input.onlineUrl.trim() })
			.where(eq(workshopMeetings.id, meetingId))
			.run();
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'meetings', meetingId });
}

function meetingOf(tx: Tx, workshopId: number, meetingId: number): MeetingRow {
	const m = tx
		.select()
		.from(workshopMeetings)
		.where(and(eq(workshopMeetings.id, meetingId), eq(workshopMeetings.workshopId, workshopId)))
		.get();
	if (!m) throw new DomainError('workshops_error_meeting_not_found');
	return m;
}

export function listMeetings(workshopId: number) {
	return db()
		.select({
			id: workshopMeetings.id,
			title: workshopMeetings.title,
			startsAt: workshopMeetings.startsAt,
			endsAt: workshopMeetings.endsAt,
			place: workshopMeetings.place,
			onlineUrl: workshopMeetings.onlineUrl,
			agenda: workshopMeetings.agenda
		})
		.from(workshopMeetings)
		.where(eq(workshopMeetings.workshopId, workshopId))
		.orderBy(asc(workshopMeetings.startsAt))
		.all();
}

/** A meeting of a workshop the actor may read, with its notes' author and its attendance. */
export function meetingDetail(loaded: LoadedWorkshop, meetingId: number) {
	const m = meetingOf(db(), loaded.workshop.id, meetingId);
	const updatedBy = m.notesUpdatedBy ? (db().select({ name: users.name }).from(users).where(eq(users.id, m.notesUpdatedBy)).get()?.name ?? null) : null;
	const present = new Set(
		db()
			.select({ userId: workshopAttendance.userId })
			.from(workshopAttendance)
			.where(eq(workshopAttendance.meetingId, meetingId))
			.all()
			.map((r) => r.userId)
	);
	const people = workshopPeople(loaded.workshop.id);
	const everyone = [...people.facilitators, ...people.participants, ...people.guests];
	return { meeting: m, notesUpdatedByName: updatedBy, attendance: everyone.map((p) => ({ ...p, present: present.has(p.id) })) };
}

/** Facilitators record who attended (the ids present; the others are absent). */
export function setAttendance(actor: Actor, workshopId: number, meetingId: number, presentIds: number[]) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		meetingOf(tx, workshopId, meetingId);
		const people = workshopPeople(workshopId);
		const allowed = new Set([...people.facilitators, ...people.participants, ...people.guests].map((p) => p.id));
		tx.delete(workshopAttendance).where(eq(workshopAttendance.meetingId, meetingId)).run();
		for (const userId of new Set(presentIds)) if (allowed.has(userId)) tx.insert(workshopAttendance).values({ meetingId, userId }).run();
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'meetings', meetingId });
}

export function attendanceCounts(meetingIds: number[]): Map<number, { id: number; name: string }[]> {
	const out = new Map<number, { id: number; name: string }[]>();
	if (!meetingIds.length) return out;
	const rows = db()
		.select({ meetingId: workshopAttendance.meetingId, id: users.id, name: users.name })
		.from(workshopAttendance)
		.innerJoin(users, eq(users.id, workshopAttendance.userId))
		.where(inArray(workshopAttendance.meetingId, meetingIds))
		.orderBy(asc(users.name))
		.all();
	for (const r of rows) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), { id: r.id, name: r.name }]);
	return out;
}

/** Refusal of a notes save that would overwrite a newer version; carries what the writer needs to merge. */
export class NotesConflict extends DomainError {
	constructor(public readonly current: { notes: string; version: number; byName: string; at: Date | null }) {
		super('workshops_error_notes_conflict', 'notes', { name: current.byName, at: current.at?.toISOString() ?? '' });
		this.name = 'NotesConflict';
	}
}

/**
 * Saves the notes written from `baseVersion`. Refused (NotesConflict) when someone saved since; the caller
 * shows "updated by X at T" with the current text and lets the writer merge and save again from the new version.
 */
export function saveNotes(actor: Actor, workshopId: number, meetingId: number, input: { notes: string; baseVersion: number }, at = new Date()) {
	const result = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'contribute');
		const m = meetingOf(tx, workshopId, meetingId);
		if (m.notesVersion !== input.baseVersion) {
			const byName = m.notesUpdatedBy ? (tx.select({ name: users.name }).from(users).where(eq(users.id, m.notesUpdatedBy)).get()?.name ?? '') : '';
			throw new NotesConflict({ notes: m.notes, version: m.notesVersion, byName, at: m.notesUpdatedAt });
		}
		const version = m.notesVersion + 1;
		tx.update(workshopMeetings)
			.set({ notes: input.notes, notesVersion: version, notesUpdatedBy: actor.user!.id, notesUpdatedAt: at })
			.where(and(eq(workshopMeetings.id, meetingId), eq(workshopMeetings.notesVersion, input.baseVersion)))
			.run();
		return { version, councilId: loaded.council.id };
	});
	publish({ type: 'workshop.changed', councilId: result.councilId, workshopId, what: 'notes', meetingId, notesVersion: result.version });
	return { version: result.version };
}
