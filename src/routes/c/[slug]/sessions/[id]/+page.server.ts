import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listVotes } from '$lib/server/plenaries/votes';
import { votesVisibleTo } from '$lib/server/plenaries/visibility';
import { linkedProposals } from '$lib/server/plenaries/agenda-links';
import { plenaryDocuments } from '$lib/server/plenaries/agenda-documents';
import { formAction } from '$lib/server/actions/form';
import { changeState, checkInSelf, checkOutSelf, deletePlenary } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../shared.server';

/** Attendance, quorum and the member's own status are the layout's live state (kept current by the room). */
export const load: PageServerLoad = (event) => {
	event.depends('app:plenary');
	const { council, actor, plenary } = plenaryContext(event);
	return {
		votes: votesVisibleTo(actor, council, listVotes(plenary.id)).map((v) => ({ id: v.id, agendaItemId: v.agendaItemId, question: v.question, state: v.state })),
		linked: linkedProposals(plenary.id),
		documents: plenaryDocuments(plenary.id),
		saved: event.url.searchParams.has('saved')
	};
};

const ids = (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id });

export const actions: Actions = {
	checkIn: formAction(checkInSelf, { input: (e) => ({ ...ids(e), intent: 'attendance' }) }),
	checkOut: formAction(checkOutSelf, { input: (e) => ({ ...ids(e), intent: 'attendance' }) }),
	state: formAction(changeState, {
		input: (e) => ({ ...ids(e), intent: 'state' }),
		done: (plenary) => ({ ok: true, intent: 'state', state: plenary.state })
	}),
	delete: formAction(deletePlenary, {
		input: (e) => ({ ...ids(e), intent: 'delete' }),
		done: (_, { council }) => redirect(303, `/c/${council!.slug}/sessions`)
	})
};
