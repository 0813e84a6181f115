import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { DomainError } from '$lib/server/errors';
import { meetingDetail, NotesConflict, saveNotes, setAttendance, updateMeeting } from '$lib/server/workshops/meetings';
import { attendanceSchema, meetingFormSchema, notesFormSchema } from '$lib/schemas/workshops';
import { toParisInput } from '$lib/paris-time';
import { formatDateTime } from '$lib/i18n/format';
import { t } from '$lib/i18n/translate';
import { parseId, refusal, run, workshopContext } from '../../../shared.server';

function detail(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const loaded = workshopContext(event);
	try {
		return { ...loaded, ...meetingDetail(loaded, parseId(event.params.meetingId)) };
	} catch (e) {
		if (e instanceof DomainError) error(404, 'not_found');
		throw e;
	}
}

export const load: PageServerLoad = (event) => {
	event.depends('app:workshop-meeting');
	const { workshop, rights, meeting, notesUpdatedByName, attendance } = detail(event);
	return {
		workshop: { id: workshop.id, title: workshop.title, status: workshop.status },
		rights,
		meeting: {
			id: meeting.id,
			title: meeting.title,
			startsAt: meeting.startsAt,
			endsAt: meeting.endsAt,
			place: meeting.place,
			onlineUrl: meeting.onlineUrl,
			agendaHtml: renderMarkdown(meeting.agenda, { headingOffset: 2 }),
			notes: meeting.notes,
			notesHtml: renderMarkdown(meeting.notes, { headingOffset: 2 }),
			notesVersion: meeting.notesVersion,
			notesUpdatedAt: meeting.notesUpdatedAt,
			notesUpdatedByName
		},
		edit: { title: meeting.title, startsAt: toParisInput(meeting.startsAt), endsAt: toParisInput(meeting.endsAt), place: meeting.place, onlineUrl: meeting.onlineUrl, agenda: meeting.agenda },
		attendance
	};
};

export const actions: Actions = {
	notes: async (event) => {
		const { workshop, actor, meeting } = detail(event);
		const form = await parseForm(event.request, notesFormSchema);
		if (!form.ok) return form.failure;
		try {
			saveNotes(actor, workshop.id, meeting.id, form.data);
		} catch (e) {
			if (e instanceof NotesConflict) {
				const c = e.current;
				const message = t('workshops_error_notes_conflict', { name: c.byName || '—', at: c.at ? formatDateTime(c.at) : '—' });
				return fail(409, { errors: { notes: message }, values: { notes: form.data.notes, intent: 'notes' }, conflict: { notes: c.notes, version: c.version } });
			}
			return refusal(e, { ...form.values, intent: 'notes' });
		}
		return { ok: true as const, intent: 'notes' };
	},
	update: async (event) => {
		const { workshop, actor, meeting } = detail(event);
		const form = await parseForm(event.request, meetingFormSchema);
		if (!form.ok) return form.failure;
		return run(() => updateMeeting(actor, workshop.id, meeting.id, form.data), { ...form.values, intent: 'update' });
	},
	attendance: async (event) => {
		const { workshop, actor, meeting } = detail(event);
		const form = await parseForm(event.request, attendanceSchema);
		if (!form.ok) return form.failure;
		return run(() => setAttendance(actor, workshop.id, meeting.id, form.data.present), { intent: 'attendance' });
	}
};
