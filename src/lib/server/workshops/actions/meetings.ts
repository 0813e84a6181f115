// Workshop meetings: planned and edited by facilitators, who record attendance; their shared notes are written
// by everyone who contributes to the workshop (guests included).
import { id } from '$lib/schemas/common';
import { attendanceSchema, meetingFormSchema, notesFormSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { addMeeting as add, saveNotes, setAttendance as attend, updateMeeting as update } from '../meetings';
import { meetingScope, standsInWorkshop, workshopScope } from './scope';

const inMeeting = { workshopId: id(), meetingId: id() };

export const addMeeting = defineAction({
	name: 'workshops.addMeeting',
	input: meetingFormSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: workshopScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, ...input }) => add(actor, workshopId, input)
});

export const updateMeeting = defineAction({
	name: 'workshops.updateMeeting',
	input: meetingFormSchema.extend(inMeeting),
	permission: 'workshops.facilitate',
	scope: meetingScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, meetingId, ...input }) => update(actor, workshopId, meetingId, input)
});

/** The people present (the others of the workshop are absent). */
export const setAttendance = defineAction({
	name: 'workshops.setAttendance',
	input: attendanceSchema.extend(inMeeting),
	permission: 'workshops.facilitate',
	scope: meetingScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, meetingId, present }) => attend(actor, workshopId, meetingId, present)
});

/**
 * Saves the notes written from `baseVersion`; refused with `workshops_error_notes_conflict` (409) when someone
 * saved since (the page then shows the current text to merge from).
 */
export const saveMeetingNotes = defineAction({
	name: 'workshops.saveNotes',
	input: notesFormSchema.extend(inMeeting),
	permission: 'workshops.participate',
	scope: meetingScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, meetingId, notes, baseVersion }) => saveNotes(actor, workshopId, meetingId, { notes, baseVersion })
});
