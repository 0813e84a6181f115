// The list of speakers on a screen: follows the state pushed to the plenary's room (`speakers:state`) and asks for it
// again after every (re)join, so nothing needs a reload; sends the secretariat's changes to the speakers page's form
// actions and returns what they answer.
import { deserialize } from '$app/forms';
import type { ActionResult } from '@sveltejs/kit';
import type { SpeakerListState, SpeakersGetAck, SpeakersStateEvent } from '$lib/schemas/speakers-live';
import { getSocket, joinRoom } from './realtime';

/**
 * Joins the plenary's room (counted: the layout and the page may hold it too) and calls `onState` with every state
 * pushed, and with a fresh one after each join. `itemId()`: the item followed (null: the plenary's current item).
 */
export function followSpeakers(plenaryId: number, itemId: () => number | null, onState: (e: SpeakersStateEvent) => void, onStatus?: (connected: boolean) => void): () => void {
	const ask = () =>
		getSocket().emit('speakers:get', { plenaryId, itemId: itemId() }, (ack: SpeakersGetAck) => {
			if (ack?.ok) onState(ack.state);
		});
	return joinRoom(
		{
			join: 'plenary:join',
			leave: 'plenary:leave',
			payload: { plenaryId },
			listeners: { 'speakers:state': ((e: SpeakersStateEvent) => onState(e)) as (payload: never) => void },
			accept: (e) => e.plenaryId === plenaryId
		},
		{ onJoined: ask, onStatus }
	);
}

/** Keeps, per item, the newest state (highest version); returns the same map when `list` is not newer. */
export function mergeList(lists: Record<number, SpeakerListState>, list: SpeakerListState): Record<number, SpeakerListState> {
	const known = lists[list.itemId];
	if (known && known.version >= list.version) return lists;
	return { ...lists, [list.itemId]: list };
}

/** Posts fields to a form action of another page (the speakers page) and reads its answer. */
export async function postAction(url: string, fields: Record<string, string | number>): Promise<ActionResult> {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.set(k, String(v));
	const res = await fetch(url, { method: 'POST', body, headers: { 'x-sveltekit-action': 'true', accept: 'application/json' } });
	return deserialize(await res.text());
}

/** m:ss (or h:mm:ss) of a number of seconds. */
export function clock(seconds: number): string {
	const s = Math.abs(Math.trunc(seconds));
	const h = Math.floor(s / 3600);
	const mm = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return h ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
