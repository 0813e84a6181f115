import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { memberOf } from '$lib/server/sessions/vote-status';
import { attendanceSummary, checkIn, checkOut, listAttendance } from '$lib/server/sessions/attendance';
import { changeSessionState } from '$lib/server/sessions/convocation';
import { listVotes } from '$lib/server/sessions/votes';
import { votesVisibleTo } from '$lib/server/sessions/visibility';
import { linkedProposals } from '$lib/server/sessions/agenda-links';
import { deleteSessionAndDocuments, sessionDocuments } from '$lib/server/sessions/agenda-documents';
import { stateFormSchema } from '$lib/schemas/sessions';
import { ATTENDANCE_MODE_CODES } from '$lib/schemas/sessions';
import { z } from 'zod';
import { refusal, sessionContext } from '../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:attendance', 'app:session');
	const { council, actor, session } = sessionContext(event);
	const mine = actor.user ? memberOf(council.id, actor.user.id) : null;
	const people = mine ? listAttendance(session.id) : [];
	const me = people.find((p) => p.membershipId === mine) ?? null;
	const nameOf = (id: number) => people.find((p) => p.membershipId === id)?.name ?? '';
	return {
		summary: attendanceSummary(session.id),
		me: me ? { mode: me.mode, entitled: me.entitled, proxyTo: me.proxyTo ? nameOf(me.proxyTo) : null, proxiesHeld: me.proxiesHeld.map(nameOf) } : null,
		votes: votesVisibleTo(actor, council, listVotes(session.id)).map((v) => ({ id: v.id, agendaItemId: v.agendaItemId, question: v.question, state: v.state })),
		linked: linkedProposals(session.id),
		documents: sessionDocuments(session.id),
		saved: event.url.searchParams.has('saved')
	};
};

const selfCheckIn = z.object({ mode: z.enum(ATTENDANCE_MODE_CODES) });

/** The visitor's own membership in the council; refused (next to the form) when they have none. */
function ownMembership(councilId: number, userId: number | undefined): number {
	const id = userId ? memberOf(councilId, userId) : null;
	return id ?? 0;
}

export const actions: Actions = {
	checkIn: async (event) => {
		const { council, actor, session } = sessionContext(event, 'sessions.attend');
		const form = await parseForm(event.request, selfCheckIn);
		if (!form.ok) return form.failure;
		try {
			checkIn(actor.user!, { sessionId: session.id, membershipId: ownMembership(council.id, actor.user?.id), mode: form.data.mode });
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'attendance' });
		}
		return { ok: true, intent: 'attendance' };
	},
	checkOut: async (event) => {
		const { council, actor, session } = sessionContext(event, 'sessions.attend');
		try {
			checkOut(actor.user!, { sessionId: session.id, membershipId: ownMembership(council.id, actor.user?.id) });
		} catch (e) {
			return refusal(e, { intent: 'attendance' });
		}
		return { ok: true, intent: 'attendance' };
	},
	state: async (event) => {
		const { actor, session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, stateFormSchema);
		if (!form.ok) return form.failure;
		try {
			changeSessionState(actor.user!, session.id, form.data.to);
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'state' });
		}
		return { ok: true, intent: 'state', state: form.data.to };
	},
	delete: async (event) => {
		const { council, actor, session } = sessionContext(event, 'sessions.manage');
		try {
			deleteSessionAndDocuments(actor.user!, session.id);
		} catch (e) {
			return refusal(e, { intent: 'delete' });
		}
		redirect(303, `/c/${council.slug}/sessions`);
	}
};
