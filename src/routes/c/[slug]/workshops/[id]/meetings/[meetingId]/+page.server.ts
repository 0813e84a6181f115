import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { parseId } from '$lib/server/http/guard';
import { saveMeetingNotes, setAttendance, updateMeeting } from '$lib/server/workshops/actions';
import { renderMarkdown } from '$lib/server/markdown/render';
import { DomainError } from '$lib/server/errors';
import { meetingDetail } from '$lib/server/workshops/meetings';
import { toParisInput } from '$lib/paris-time';
import { formatDateTime } from '$lib/i18n/format';
import { t } from '$lib/i18n/translate';
import { meetingOfUrl, workshopContext } from '../../../shared.server';

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

const notes = formAction(saveMeetingNotes, { input: (event) => ({ ...meetingOfUrl(event), intent: 'notes' }) });

export const actions: Actions = {
	/** A save refused because someone saved meanwhile comes back with the current text, its author and time, to merge. */
	notes: async (event) => {
		const result = await notes(event);
		if (!('status' in result) || result.status !== 409) return result;
		const { meeting, notesUpdatedByName } = detail(event);
		const message = t('workshops_error_notes_conflict', { name: notesUpdatedByName || '—', at: meeting.notesUpdatedAt ? formatDateTime(meeting.notesUpdatedAt) : '—' });
		return fail(409, { ...result.data, errors: { notes: message }, conflict: { notes: meeting.notes, version: meeting.notesVersion } });
	},
	update: formAction(updateMeeting, { input: (event) => ({ ...meetingOfUrl(event), intent: 'update' }) }),
	attendance: formAction(setAttendance, { input: (event) => ({ ...meetingOfUrl(event), intent: 'attendance' }) })
};
