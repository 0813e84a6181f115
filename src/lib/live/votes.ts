// The votes a plenary's overview and agenda list under their items, kept current from the room's events (opened,
// closed, published; drafts from the secretariat's room): no reload of the list for a vote's change.
import type { ControlRowEvent, VoteClosedEvent, VoteOpenedEvent, VotePublishedEvent } from '$lib/schemas/plenary-live';
import type { PlenaryLive } from './plenary.svelte';

export type ListedVote = { id: number; agendaItemId: number; question: string; state: string };
type Update = (votes: ListedVote[]) => ListedVote[];

const put =
	(v: ListedVote): Update =>
	(votes) =>
		votes.some((x) => x.id === v.id) ? votes.map((x) => (x.id === v.id ? v : x)) : [...votes, v];
const drop =
	(id: number): Update =>
	(votes) =>
		votes.filter((x) => x.id !== id);
const stateOf =
	(id: number, state: string): Update =>
	(votes) =>
		votes.map((x) => (x.id === id ? { ...x, state } : x));

/** Calls `update` with each change to apply to the page's list; returns the unsubscribe. */
export function followVotes(live: PlenaryLive, update: (change: Update) => void): () => void {
	const stops = [
		live.on<VoteOpenedEvent>('vote:opened', (e) => update(put({ id: e.voteId, agendaItemId: e.card.vote.agendaItemId, question: e.card.vote.question, state: 'open' }))),
		live.on<VoteClosedEvent>('vote:closed', (e) => update(stateOf(e.voteId, 'closed'))),
		live.on<VotePublishedEvent>('vote:published', (e) => update(stateOf(e.voteId, 'published'))),
		live.on<ControlRowEvent>('vote:row', (e) =>
			update(e.row ? put({ id: e.row.vote.id, agendaItemId: e.row.vote.agendaItemId, question: e.row.vote.question, state: e.row.vote.state }) : drop(e.voteId))
		)
	];
	return () => stops.forEach((stop) => stop());
}
