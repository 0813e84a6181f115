import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listVotes } from '$lib/server/sessions/votes';
import { votesVisibleTo } from '$lib/server/sessions/visibility';
import { linkedProposals } from '$lib/server/sessions/agenda-links';
import { sessionDocuments } from '$lib/server/sessions/agenda-documents';
import { formAction } from '$lib/server/actions/form';
import { changeState, checkInSelf, checkOutSelf, deleteSession } from '$lib/server/sessions/actions';
import { sessionContext } from '../shared.server';

/** Attendance, quorum and the member's own status are the layout's live state (kept current by the room). */
export const load: PageServerLoad = (event) => {
	event.depends('app:session');
	const { council, actor, session } = sessionContext(event);
	return {
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
