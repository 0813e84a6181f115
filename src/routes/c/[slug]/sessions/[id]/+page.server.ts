import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { memberOf } from '$lib/server/sessions/vote-status';
import { attendanceSummary, listAttendance } from '$lib/server/sessions/attendance';
import { listVotes } from '$lib/server/sessions/votes';
import { votesVisibleTo } from '$lib/server/sessions/visibility';
import { linkedProposals } from '$lib/server/sessions/agenda-links';
import { sessionDocuments } from '$lib/server/sessions/agenda-documents';
import { formAction } from '$lib/server/actions/form';
import { changeState, checkInSelf, checkOutSelf, deleteSession } from '$lib/server/sessions/actions';
import { sessionContext } from '../shared.server';

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

const ids = (e: { params: Partial<Record<string, string>> }) => ({ sessionId: e.params.id });

export const actions: Actions = {
	checkIn: formAction(checkInSelf, { input: (e) => ({ ...ids(e), intent: 'attendance' }) }),
	checkOut: formAction(checkOutSelf, { input: (e) => ({ ...ids(e), intent: 'attendance' }) }),
	state: formAction(changeState, {
		input: (e) => ({ ...ids(e), intent: 'state' }),
		done: (session) => ({ ok: true, intent: 'state', state: session.state })
	}),
	delete: formAction(deleteSession, {
		input: (e) => ({ ...ids(e), intent: 'delete' }),
		done: (_, { council }) => redirect(303, `/c/${council!.slug}/sessions`)
	})
};
